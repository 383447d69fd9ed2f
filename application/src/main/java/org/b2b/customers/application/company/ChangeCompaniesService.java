package org.b2b.customers.application.company;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.support.UseCaseSupport;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.shared.ErrorKind;

/**
 * Changes each company through {@link UpdateCompanyUseCase}, so that a bulk change obeys the same rules and checks
 * the same policies as a change of one. It opens no transaction around them all: each company's transaction is its
 * own, and a refusal undoes that company's change alone. A company named twice is changed once.
 */
final class ChangeCompaniesService implements ChangeCompaniesUseCase {

    private final UseCaseSupport support;
    private final GetCompanyUseCase get;
    private final UpdateCompanyUseCase update;

    ChangeCompaniesService(UseCaseSupport support, GetCompanyUseCase get, UpdateCompanyUseCase update) {
        this.support = support;
        this.get = get;
        this.update = update;
    }

    @Override
    public List<CompanyChangeResult> change(Actor actor, ChangeCompaniesCommand command) {
        var errors = support.validation().errorsOf(command);
        boolean assigns = command.change() == ChangeCompaniesCommand.Change.ASSIGN_SALES_REPRESENTATIVE
                || command.change() == ChangeCompaniesCommand.Change.ASSIGN_CUSTOMER_GROUP;
        if (assigns && command.value().filter(v -> !v.isBlank()).isEmpty()) {
            errors.add(command.change() == ChangeCompaniesCommand.Change.ASSIGN_CUSTOMER_GROUP
                    ? "customerGroupId" : "salesRepresentativeId", "required", "must be given");
        }
        errors.throwIfAny();
        List<CompanyChangeResult> results = new ArrayList<>();
        for (CompanyId id : new LinkedHashSet<>(command.companyIds())) {
            results.add(changeOne(actor, id, command));
        }
        return results;
    }

    private CompanyChangeResult changeOne(Actor actor, CompanyId id, ChangeCompaniesCommand command) {
        try {
            return support.asCaller(actor, caller -> {
                CompanyView before = get.get(actor, id);
                try {
                    CompanyView after = support.transactions().inSavepoint(() -> update.update(actor,
                            updateOf(id, command)));
                    return after.version() == before.version() ? CompanyChangeResult.unchanged(after)
                            : CompanyChangeResult.changed(after);
                } catch (DomainException e) {
                    if (e.kind() == ErrorKind.UNAUTHENTICATED) {
                        throw e;
                    }
                    return CompanyChangeResult.refused(id, Optional.of(before.name()), e);
                }
            });
        } catch (DomainException e) {
            if (e.kind() == ErrorKind.UNAUTHENTICATED) {
                throw e;
            }
            // Not found, or not to be seen: the same answer, so the name stays unknown.
            return CompanyChangeResult.refused(id, Optional.empty(), e);
        }
    }

    private static UpdateCompanyCommand updateOf(CompanyId id, ChangeCompaniesCommand command) {
        UpdateCompanyCommand change = UpdateCompanyCommand.of(id);
        String value = command.value().map(String::strip).orElse("");
        return switch (command.change()) {
            case DEACTIVATE -> change.withStatus("DEACTIVATED");
            case ACTIVATE -> change.withStatus("ACTIVE");
            case ASSIGN_SALES_REPRESENTATIVE -> change.withSalesRepresentativeId(value);
            case ASSIGN_CUSTOMER_GROUP -> change.withCustomerGroupId(value);
        };
    }
}
