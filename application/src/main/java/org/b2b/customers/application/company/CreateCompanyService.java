package org.b2b.customers.application.company;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.port.out.AddressBooks;
import org.b2b.customers.application.port.out.Companies;
import org.b2b.customers.application.support.UseCaseSupport;
import org.b2b.customers.domain.access.CompanyScope;
import org.b2b.customers.domain.access.Permission;
import org.b2b.customers.domain.address.AddressBook;
import org.b2b.customers.domain.address.AddressDetails;
import org.b2b.customers.domain.address.AddressId;
import org.b2b.customers.domain.address.AddressType;
import org.b2b.customers.domain.company.Company;
import org.b2b.customers.domain.company.CompanyDetails;
import org.b2b.customers.domain.company.CompanyErrorCode;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.company.TaxId;
import org.b2b.customers.domain.company.Website;
import org.b2b.customers.domain.group.CustomerGroup;
import org.b2b.customers.domain.group.CustomerGroupId;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.shared.PlainText;
import org.b2b.customers.domain.user.UserId;

/** Creates companies; a sales representative may create only companies they represent themselves. */
final class CreateCompanyService implements CreateCompanyUseCase {

    private final UseCaseSupport support;
    private final Companies companies;
    private final AddressBooks addressBooks;
    private final CompanyReferences references;
    private final CompanyViews views;

    CreateCompanyService(UseCaseSupport support, Companies companies, AddressBooks addressBooks,
            CompanyReferences references) {
        this.support = support;
        this.companies = companies;
        this.addressBooks = addressBooks;
        this.references = references;
        this.views = new CompanyViews(addressBooks);
    }

    @Override
    public CompanyView create(Actor actor, CreateCompanyCommand command) {
        return support.asCaller(actor, caller -> {
            caller.requireSomewhere(Permission.COMPANY_CREATE);
            var errors = support.validation().errorsOf(command);
            String name = errors.check(() -> PlainText.require("name", command.name(),
                    CompanyDetails.MAX_NAME_LENGTH));
            TaxId taxId = errors.check(() -> TaxId.parse("taxId", command.taxId()));
            Optional<CustomerGroup> newGroup = references.newCustomerGroup(caller, errors, command.customerGroupId(),
                    command.newCustomerGroupName());
            CustomerGroupId group = blank(command.newCustomerGroupName())
                    ? references.customerGroup(errors, command.customerGroupId())
                    : newGroup.map(CustomerGroup::id).orElse(null);
            UserId representative = references.salesRepresentative(errors, command.salesRepresentativeId());
            Optional<Website> website = errors.check(() -> blank(command.website()) ? Optional.<Website>empty()
                    : Optional.of(Website.parse("website", command.website())));
            Optional<AddressDetails> billing = command.billingAddress() == null ? Optional.empty()
                    : Optional.ofNullable(errors.check("billingAddress", () -> command.billingAddress().toDetails()));
            errors.throwIfAny();

            CompanyId id = CompanyId.random();
            caller.requireFor(Permission.COMPANY_CREATE, new CompanyScope(id, representative));
            if (companies.findByTaxId(taxId).isPresent()) {
                throw DomainException.conflict(CompanyErrorCode.TAX_ID_TAKEN, "A company with tax ID " + taxId + " exists already.");
            }
            newGroup.ifPresent(created -> {
                references.add(created);
                support.history().globalChange(actor, "customer_group.created", Map.of(
                        "identifier", created.identifier(), "globalPriceRate", "0"));
            });
            Company company = companies.add(Company.create(id,
                    new CompanyDetails(name, taxId, group, representative, website), support.clock().instant()));
            billing.ifPresent(details -> addressBooks.save(AddressBook.empty(id)
                    .add(AddressId.random(), AddressType.BILLING, details, true)));

            Map<String, String> details = new LinkedHashMap<>();
            details.put("name", name);
            details.put("taxId", taxId.value());
            support.history().companyChange(actor, id, "company.created", details);
            return views.of(company);
        });
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
