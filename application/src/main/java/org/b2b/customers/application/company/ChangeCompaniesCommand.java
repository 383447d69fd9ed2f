package org.b2b.customers.application.company;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.b2b.customers.domain.company.CompanyId;

/**
 * One change to many companies at once, at most {@value #MAX_COMPANIES}: deactivate or activate them, or give them
 * a sales representative or a customer group ({@code value} is its id). Each company is changed on its own, by the
 * rules of {@link UpdateCompanyUseCase}.
 */
public record ChangeCompaniesCommand(
        @NotNull(message = "must be given")
        @Size(min = 1, max = MAX_COMPANIES, message = "must name 1 to 200 companies")
        List<@NotNull(message = "must be a company id") CompanyId> companyIds,
        @NotNull(message = "must be given") Change change,
        Optional<String> value) {

    /** As many as the largest page of the directory, from which people choose them. */
    public static final int MAX_COMPANIES = 200;

    /** What happens to each company. */
    public enum Change {
        DEACTIVATE, ACTIVATE, ASSIGN_SALES_REPRESENTATIVE, ASSIGN_CUSTOMER_GROUP
    }

    public ChangeCompaniesCommand {
        // Copied without List.copyOf, which would throw on a null element before validation could name it.
        companyIds = companyIds == null ? null : Collections.unmodifiableList(new ArrayList<>(companyIds));
        value = value == null ? Optional.empty() : value;
    }

    public static ChangeCompaniesCommand deactivate(List<CompanyId> companyIds) {
        return new ChangeCompaniesCommand(companyIds, Change.DEACTIVATE, null);
    }

    public static ChangeCompaniesCommand activate(List<CompanyId> companyIds) {
        return new ChangeCompaniesCommand(companyIds, Change.ACTIVATE, null);
    }

    public static ChangeCompaniesCommand assignSalesRepresentative(List<CompanyId> companyIds, String userId) {
        return new ChangeCompaniesCommand(companyIds, Change.ASSIGN_SALES_REPRESENTATIVE, Optional.of(userId));
    }

    public static ChangeCompaniesCommand assignCustomerGroup(List<CompanyId> companyIds, String customerGroupId) {
        return new ChangeCompaniesCommand(companyIds, Change.ASSIGN_CUSTOMER_GROUP, Optional.of(customerGroupId));
    }
}
