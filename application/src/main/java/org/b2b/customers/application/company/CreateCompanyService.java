package org.b2b.customers.application.company;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.company.CreateCompanyCommand;
import org.b2b.customers.application.company.CreateCompanyUseCase;
import org.b2b.customers.application.port.out.AddressBooks;
import org.b2b.customers.application.port.out.Companies;
import org.b2b.customers.application.port.out.CustomerGroups;
import org.b2b.customers.application.port.out.Transactions;
import org.b2b.customers.application.port.out.Users;
import org.b2b.customers.application.support.CommandValidation;
import org.b2b.customers.application.support.HistoryRecorder;
import org.b2b.customers.application.support.AccessControl;
import org.b2b.customers.application.support.Caller;
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
import org.b2b.customers.domain.group.CustomerGroupId;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.shared.PlainText;
import org.b2b.customers.domain.user.UserId;

/** Creates companies; a sales representative may create only companies they represent themselves. */
final class CreateCompanyService implements CreateCompanyUseCase {

    private final Transactions transactions;
    private final AccessControl access;
    private final CommandValidation validation;
    private final Companies companies;
    private final AddressBooks addressBooks;
    private final CompanyReferences references;
    private final CompanyViews views;
    private final HistoryRecorder history;
    private final Clock clock;

    CreateCompanyService(Transactions transactions, AccessControl access, CommandValidation validation,
            Companies companies, AddressBooks addressBooks, CustomerGroups groups, Users users, HistoryRecorder history,
            Clock clock) {
        this.transactions = transactions;
        this.access = access;
        this.validation = validation;
        this.companies = companies;
        this.addressBooks = addressBooks;
        this.references = new CompanyReferences(groups, users);
        this.views = new CompanyViews(addressBooks);
        this.history = history;
        this.clock = clock;
    }

    @Override
    public CompanyView create(Actor actor, CreateCompanyCommand command) {
        return transactions.inTransaction(() -> {
            Caller caller = access.caller(actor);
            caller.requireSomewhere(Permission.COMPANY_CREATE);
            var errors = validation.errorsOf(command);
            String name = errors.check(() -> PlainText.require("name", command.name(),
                    CompanyDetails.MAX_NAME_LENGTH));
            TaxId taxId = errors.check(() -> TaxId.parse("taxId", command.taxId()));
            CustomerGroupId group = references.customerGroup(errors, command.customerGroupId());
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
            Company company = companies.add(Company.create(id,
                    new CompanyDetails(name, taxId, group, representative, website), clock.instant()));
            billing.ifPresent(details -> addressBooks.save(AddressBook.empty(id)
                    .add(AddressId.random(), AddressType.BILLING, details, true)));

            Map<String, String> details = new LinkedHashMap<>();
            details.put("name", name);
            details.put("taxId", taxId.value());
            history.companyChange(actor, id, "company.created", details);
            return views.of(company);
        });
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
