package org.b2b.customers.application.address;

import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.port.out.AddressBooks;
import org.b2b.customers.application.support.UseCaseSupport;
import org.b2b.customers.domain.access.Permission;
import org.b2b.customers.domain.address.Address;
import org.b2b.customers.domain.address.AddressBook;
import org.b2b.customers.domain.address.AddressDetails;
import org.b2b.customers.domain.address.AddressErrorCode;
import org.b2b.customers.domain.company.Company;

/**
 * Replaces an address's lines and may make it the default. The version an edit names is checked against the
 * address's own version, not the book's, so that editing one address does not refuse an edit of another.
 */
final class UpdateAddressService implements UpdateAddressUseCase {

    private final UseCaseSupport support;
    private final AddressBooks addressBooks;
    private final AddressHistory history;

    UpdateAddressService(UseCaseSupport support, AddressBooks addressBooks, AddressHistory history) {
        this.support = support;
        this.addressBooks = addressBooks;
        this.history = history;
    }

    @Override
    public AddressView update(Actor actor, UpdateAddressCommand command) {
        return support.asCaller(actor, caller -> {
            Company company = caller.company(command.companyId(), Permission.ADDRESS_EDIT);
            AddressBook book = addressBooks.load(company.id());
            Address current = book.find(command.addressId());
            command.expectedVersion().check(current.version(), AddressErrorCode.STALE_VERSION);
            var errors = support.validation().errorsOf(command.address());
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
                history.updated(actor, company.id(), stored);
            }
            if (becomesDefault) {
                history.defaultChanged(actor, book, stored);
            }
            return AddressView.of(stored);
        });
    }
}
