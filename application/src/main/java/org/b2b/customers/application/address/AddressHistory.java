package org.b2b.customers.application.address;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.support.HistoryRecorder;
import org.b2b.customers.domain.address.Address;
import org.b2b.customers.domain.address.AddressBook;
import org.b2b.customers.domain.address.AddressType;
import org.b2b.customers.domain.company.CompanyId;

/** Writes the changes of an address book into its company's history, each naming the address it touched. */
final class AddressHistory {

    private final HistoryRecorder history;

    AddressHistory(HistoryRecorder history) {
        this.history = history;
    }

    void added(Actor actor, CompanyId companyId, Address added) {
        Map<String, String> entry = describe(added);
        entry.put("isDefault", String.valueOf(added.isDefault()));
        history.companyChange(actor, companyId, "address.added", entry);
    }

    void updated(Actor actor, CompanyId companyId, Address updated) {
        history.companyChange(actor, companyId, "address.updated", describe(updated));
    }

    /** Names the address that took over as default, when the removed one was the default of its type. */
    void removed(Actor actor, AddressBook after, Address removed) {
        Map<String, String> entry = describe(removed);
        if (removed.isDefault()) {
            defaultOf(after, removed.type()).ifPresent(heir -> entry.put("newDefaultId", heir.id().toString()));
        }
        history.companyChange(actor, after.companyId(), "address.removed", entry);
    }

    /** Names the default it replaced, looked up in the book as it was before. */
    void defaultChanged(Actor actor, AddressBook before, Address newDefault) {
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
}
