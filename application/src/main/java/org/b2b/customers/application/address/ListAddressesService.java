package org.b2b.customers.application.address;

import java.util.List;
import java.util.Optional;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.port.out.AddressBooks;
import org.b2b.customers.application.support.UseCaseSupport;
import org.b2b.customers.domain.access.Permission;
import org.b2b.customers.domain.address.AddressType;
import org.b2b.customers.domain.company.Company;
import org.b2b.customers.domain.shared.FieldErrors;

/** Lists a company's address book, or the addresses of one type in it. */
final class ListAddressesService implements ListAddressesUseCase {

    private final UseCaseSupport support;
    private final AddressBooks addressBooks;

    ListAddressesService(UseCaseSupport support, AddressBooks addressBooks) {
        this.support = support;
        this.addressBooks = addressBooks;
    }

    @Override
    public List<AddressView> list(Actor actor, ListAddressesQuery query) {
        return support.readingAsCaller(actor, caller -> {
            Company company = caller.company(query.companyId(), Permission.ADDRESS_VIEW);
            var errors = new FieldErrors();
            Optional<AddressType> type = query.type().filter(t -> !t.isBlank())
                    .map(t -> errors.check(() -> AddressTypes.parse(t)));
            errors.throwIfAny();
            return addressBooks.load(company.id()).addresses().stream()
                    .filter(a -> type.map(t -> a.type() == t).orElse(true))
                    .map(AddressView::of)
                    .toList();
        });
    }
}
