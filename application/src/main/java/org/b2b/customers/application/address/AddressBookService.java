package org.b2b.customers.application.address;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.address.AddAddressCommand;
import org.b2b.customers.application.address.AddAddressUseCase;
import org.b2b.customers.application.address.AddressView;
import org.b2b.customers.application.address.GetAddressUseCase;
import org.b2b.customers.application.address.ListAddressesQuery;
import org.b2b.customers.application.address.ListAddressesUseCase;
import org.b2b.customers.application.address.RemoveAddressCommand;
import org.b2b.customers.application.address.RemoveAddressUseCase;
import org.b2b.customers.application.address.SetDefaultAddressUseCase;
import org.b2b.customers.application.address.UpdateAddressCommand;
import org.b2b.customers.application.address.UpdateAddressUseCase;
import org.b2b.customers.application.port.out.AddressBooks;
import org.b2b.customers.application.port.out.Transactions;
import org.b2b.customers.application.support.CommandValidation;
import org.b2b.customers.application.support.HistoryRecorder;
import org.b2b.customers.application.support.AccessControl;
import org.b2b.customers.domain.access.Permission;
import org.b2b.customers.domain.address.Address;
import org.b2b.customers.domain.address.AddressBook;
import org.b2b.customers.domain.address.AddressDetails;
import org.b2b.customers.domain.address.AddressErrorCode;
import org.b2b.customers.domain.address.AddressId;
import org.b2b.customers.domain.address.AddressType;
import org.b2b.customers.domain.company.Company;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.shared.FieldErrors;
import org.b2b.customers.domain.shared.Choice;
import org.b2b.customers.domain.shared.InvalidInputException;

/**
 * Keeps companies' address books. An address is looked up in the book of the company named in the request, so the
 * id of another company's address answers not found, exactly as an unknown one. An edit that names the version it
 * expects is checked against the address's own version, not the book's.
 */
final class AddressBookService implements ListAddressesUseCase, GetAddressUseCase, AddAddressUseCase,
        UpdateAddressUseCase, RemoveAddressUseCase, SetDefaultAddressUseCase {

    private final Transactions transactions;
    private final AccessControl access;
    private final CommandValidation validation;
    private final AddressBooks addressBooks;
    private final HistoryRecorder history;

    AddressBookService(Transactions transactions, AccessControl access, CommandValidation validation,
            AddressBooks addressBooks, HistoryRecorder history) {
        this.transactions = transactions;
        this.access = access;
        this.validation = validation;
        this.addressBooks = addressBooks;
        this.history = history;
    }

    @Override
    public List<AddressView> list(Actor actor, ListAddressesQuery query) {
        return transactions.inTransaction(() -> {
            Company company = access.caller(actor).company(query.companyId(), Permission.ADDRESS_VIEW);
            var errors = new FieldErrors();
            Optional<AddressType> type = query.type().filter(t -> !t.isBlank()).map(t -> errors.check(() -> typeOf(t)));
            errors.throwIfAny();
            return addressBooks.load(company.id()).addresses().stream()
                    .filter(a -> type.map(t -> a.type() == t).orElse(true))
                    .map(AddressView::of)
                    .toList();
        });
    }

    @Override
    public AddressView get(Actor actor, CompanyId companyId, AddressId addressId) {
        return transactions.inTransaction(() -> {
            Company company = access.caller(actor).company(companyId, Permission.ADDRESS_VIEW);
            return AddressView.of(addressBooks.load(company.id()).find(addressId));
        });
    }

    @Override
    public AddressView add(Actor actor, AddAddressCommand command) {
        return transactions.inTransaction(() -> {
            Company company = access.caller(actor).company(command.companyId(), Permission.ADDRESS_EDIT);
            var errors = validation.errorsOf(command.address());
            AddressType type = errors.check(() -> typeOf(command.type()));
            AddressDetails details = errors.check(() -> command.address().toDetails());
            errors.throwIfAny();
            AddressId id = AddressId.random();
            AddressBook book = addressBooks.save(addressBooks.load(company.id()).add(id, type, details, command.isDefault()));
            Address added = book.find(id);
            Map<String, String> entry = describe(added);
            entry.put("isDefault", String.valueOf(added.isDefault()));
            history.companyChange(actor, company.id(), "address.added", entry);
            return AddressView.of(added);
        });
    }

    @Override
    public AddressView update(Actor actor, UpdateAddressCommand command) {
        return transactions.inTransaction(() -> {
            Company company = access.caller(actor).company(command.companyId(), Permission.ADDRESS_EDIT);
            AddressBook book = addressBooks.load(company.id());
            Address current = book.find(command.addressId());
            command.expectedVersion().check(current.version(), AddressErrorCode.STALE_VERSION);
            var errors = validation.errorsOf(command.address());
            AddressDetails details = errors.check(() -> command.address().toDetails());
            errors.throwIfAny();
            boolean linesChange = !details.equals(current.details());
            boolean becomesDefault = command.isDefault() && !current.isDefault();
            if (!linesChange && !becomesDefault) {
                return AddressView.of(current);
            }
            Address stored = addressBooks.save(book.update(current.id(), details, command.isDefault()))
                    .find(current.id());
            if (linesChange) {
                history.companyChange(actor, company.id(), "address.updated", describe(stored));
            }
            if (becomesDefault) {
                recordDefaultChange(actor, book, stored);
            }
            return AddressView.of(stored);
        });
    }

    @Override
    public void remove(Actor actor, RemoveAddressCommand command) {
        transactions.inTransaction(() -> {
            Company company = access.caller(actor).company(command.companyId(), Permission.ADDRESS_EDIT);
            AddressBook book = addressBooks.load(company.id());
            Address removed = book.find(command.addressId());
            command.expectedVersion().check(removed.version(), AddressErrorCode.STALE_VERSION);
            AddressBook after = addressBooks.save(book.remove(removed.id()));
            Map<String, String> entry = describe(removed);
            if (removed.isDefault()) {
                defaultOf(after, removed.type()).ifPresent(heir -> entry.put("newDefaultId", heir.id().toString()));
            }
            history.companyChange(actor, company.id(), "address.removed", entry);
        });
    }

    @Override
    public AddressView setDefault(Actor actor, CompanyId companyId, AddressId addressId) {
        return transactions.inTransaction(() -> {
            Company company = access.caller(actor).company(companyId, Permission.ADDRESS_EDIT);
            AddressBook book = addressBooks.load(company.id());
            Address chosen = book.find(addressId);
            if (chosen.isDefault()) {
                return AddressView.of(chosen);
            }
            Address stored = addressBooks.save(book.makeDefault(addressId)).find(addressId);
            recordDefaultChange(actor, book, stored);
            return AddressView.of(stored);
        });
    }

    private void recordDefaultChange(Actor actor, AddressBook before, Address newDefault) {
        Map<String, String> entry = describe(newDefault);
        defaultOf(before, newDefault.type()).ifPresent(old -> entry.put("previousDefaultId", old.id().toString()));
        history.companyChange(actor, before.companyId(), "address.default_changed", entry);
    }

    private static Optional<Address> defaultOf(AddressBook book, AddressType type) {
        return book.addresses().stream().filter(a -> a.type() == type && a.isDefault()).findFirst();
    }

    private static Map<String, String> describe(Address address) {
        Map<String, String> entry = new LinkedHashMap<>();
        entry.put("addressId", address.id().toString());
        entry.put("type", address.type().name());
        entry.put("name", address.details().name());
        entry.put("city", address.details().city());
        entry.put("country", address.details().country().value());
        return entry;
    }

    private static AddressType typeOf(String text) {
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of("type", "required", "must be BILLING or SHIPPING");
        }
        return Choice.parse(AddressType.class, "type", text);
    }
}
