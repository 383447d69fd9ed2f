package org.b2b.customers.web.backoffice;

import java.util.ArrayList;
import java.util.List;
import org.b2b.customers.application.address.AddressView;
import org.b2b.customers.domain.address.AddressType;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.web.page.Messages;
import org.b2b.customers.web.page.Paths;

/** The Address book tab as shown: the company's addresses, billing and shipping apart, in the order they were added. */
public record AddressBookTab(CompanyId companyId, List<AddressView> addresses) {

    public AddressBookTab {
        addresses = List.copyOf(addresses);
    }

    public List<AddressType> types() {
        return List.of(AddressType.values());
    }

    public List<AddressView> ofType(AddressType type) {
        return addresses.stream().filter(a -> a.type() == type).toList();
    }

    public boolean empty() {
        return addresses.isEmpty();
    }

    public String add() {
        return Paths.company(companyId, "addresses/new");
    }

    public String add(AddressType type) {
        return add() + "?type=" + type.name();
    }

    /** The address of a page about one address, such as {@code edit} or {@code remove}. */
    public String of(AddressView address, String action) {
        return of(companyId, address, action);
    }

    static String of(CompanyId companyId, AddressView address, String action) {
        return Paths.company(companyId, "addresses/" + address.id().value() + "/" + action);
    }

    /** Street, place, region and country on one line, as a person reads an address in a list. */
    public static String line(Messages m, AddressView address) {
        List<String> parts = new ArrayList<>();
        parts.add(address.street());
        parts.add(address.postalCode() + " " + address.city());
        address.region().ifPresent(parts::add);
        parts.add(m.country(address.country()));
        return String.join(", ", parts);
    }
}
