package org.b2b.customers.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.b2b.customers.testkit.contract.Conflicts.assertConflict;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.b2b.customers.application.port.out.AddressBooks;
import org.b2b.customers.application.port.out.Companies;
import org.b2b.customers.domain.address.Address;
import org.b2b.customers.domain.address.AddressBook;
import org.b2b.customers.domain.address.AddressDetails;
import org.b2b.customers.domain.address.AddressId;
import org.b2b.customers.domain.address.AddressType;
import org.b2b.customers.domain.address.CountryCode;
import org.b2b.customers.domain.company.Company;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.user.PhoneNumber;
import org.junit.jupiter.api.Test;

/** What every {@link AddressBooks} store does. */
public abstract class AddressBooksContract extends PortContract {

    private AddressBooks books() {
        return ports().addressBooks();
    }

    private static AddressDetails details(String name) {
        return new AddressDetails(name, "Hauptstraße 1", "10115", "Berlin", Optional.of("Berlin"), new CountryCode("DE"),
                Optional.of(Fixtures.email("invoices")), Optional.of(new PhoneNumber("+49 30 1234567")),
                Optional.of(Fixtures.taxId()));
    }

    private static AddressDetails plain(String name) {
        return new AddressDetails(name, "Rue 2", "75001", "Paris", Optional.empty(), new CountryCode("FR"),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Test
    public void a_company_without_addresses_has_an_empty_book_at_version_zero() {
        Company company = given().company();

        AddressBook book = inTransaction(() -> books().load(company.id()));

        assertThat(book.addresses()).isEmpty();
        assertThat(book.version()).isZero();
    }

    @Test
    public void a_saved_book_reads_back_equal_in_the_order_addresses_were_added() {
        Company company = given().company();
        AddressBook book = AddressBook.empty(company.id())
                .add(AddressId.random(), AddressType.SHIPPING, plain("Depot"), false)
                .add(AddressId.random(), AddressType.BILLING, details("Accounts"), false)
                .add(AddressId.random(), AddressType.SHIPPING, plain("Warehouse"), true)
                .add(AddressId.random(), AddressType.BILLING, plain("Other accounts"), false);

        AddressBook saved = inTransaction(() -> books().save(book));

        assertThat(saved.version()).isEqualTo(1);
        assertThat(inTransaction(() -> books().load(company.id()))).isEqualTo(saved);
    }

    @Test
    public void changes_replace_what_was_stored() {
        Company company = given().company();
        AddressId first = AddressId.random();
        AddressId second = AddressId.random();
        AddressBook saved = inTransaction(() -> books().save(AddressBook.empty(company.id())
                .add(first, AddressType.BILLING, plain("First"), false)
                .add(second, AddressType.BILLING, plain("Second"), false)));

        AddressBook changed = inTransaction(() -> books().save(saved.remove(first).update(second, details("Renamed"))));

        AddressBook loaded = inTransaction(() -> books().load(company.id()));
        assertThat(loaded).isEqualTo(changed);
        assertThat(loaded.defaultBilling()).hasValueSatisfying(a -> assertThat(a.id()).isEqualTo(second));
    }

    @Test
    public void each_address_keeps_its_own_version_across_saves_of_its_book() {
        Company company = given().company();
        AddressId first = AddressId.random();
        AddressId second = AddressId.random();
        AddressBook saved = inTransaction(() -> books().save(AddressBook.empty(company.id())
                .add(first, AddressType.SHIPPING, plain("First"), false)
                .add(second, AddressType.SHIPPING, plain("Second"), false)));

        inTransaction(() -> books().save(saved.update(second, details("Renamed")).update(second, plain("Again"))));

        AddressBook loaded = inTransaction(() -> books().load(company.id()));
        assertThat(loaded.version()).isEqualTo(2);
        assertThat(loaded.addresses()).extracting(Address::id, Address::version)
                .containsExactly(tuple(first, 1L), tuple(second, 3L));
    }

    @Test
    public void a_change_not_saved_is_not_visible() {
        Company company = given().company();
        AddressBook saved = inTransaction(() -> books().save(AddressBook.empty(company.id())
                .add(AddressId.random(), AddressType.BILLING, plain("Kept"), false)));

        inTransaction(() -> books().load(company.id()).add(AddressId.random(), AddressType.SHIPPING, plain("Unsaved"), false));

        assertThat(inTransaction(() -> books().load(company.id()))).isEqualTo(saved);
    }

    @Test
    public void a_save_from_a_stale_version_is_refused() {
        Company company = given().company();
        AddressBook saved = inTransaction(() -> books().save(AddressBook.empty(company.id())
                .add(AddressId.random(), AddressType.BILLING, plain("First"), false)));
        inTransaction(() -> books().save(saved.add(AddressId.random(), AddressType.SHIPPING, plain("One"), false)));

        assertConflict(() -> inTransaction(() -> books().save(saved.add(AddressId.random(), AddressType.SHIPPING,
                plain("Two"), false))), "address_book.stale_version");
    }

    @Test
    public void two_first_saves_of_one_book_conflict() {
        Company company = given().company();
        AddressBook empty = inTransaction(() -> books().load(company.id()));
        inTransaction(() -> books().save(empty.add(AddressId.random(), AddressType.BILLING, plain("One"), false)));

        assertConflict(() -> inTransaction(() -> books().save(empty.add(AddressId.random(), AddressType.BILLING,
                plain("Two"), false))), "address_book.stale_version");
    }

    @Test
    public void the_default_billing_addresses_of_a_page_of_companies_are_read_at_once() {
        Company withBilling = given().company();
        Company onlyShipping = given().company();
        Company withoutBook = given().company();
        Company alsoWithBilling = given().company();
        AddressBook first = inTransaction(() -> books().save(AddressBook.empty(withBilling.id())
                .add(AddressId.random(), AddressType.SHIPPING, plain("Depot"), true)
                .add(AddressId.random(), AddressType.BILLING, plain("Old accounts"), false)
                .add(AddressId.random(), AddressType.BILLING, details("Accounts"), true)));
        inTransaction(() -> books().save(AddressBook.empty(onlyShipping.id())
                .add(AddressId.random(), AddressType.SHIPPING, plain("Warehouse"), true)));
        AddressBook last = inTransaction(() -> books().save(AddressBook.empty(alsoWithBilling.id())
                .add(AddressId.random(), AddressType.BILLING, plain("Invoices"), false)));

        Map<CompanyId, Address> found = inTransaction(() -> books().defaultBillingAddresses(
                List.of(withBilling.id(), onlyShipping.id(), withoutBook.id(), alsoWithBilling.id())));

        assertThat(found).containsOnly(
                Map.entry(withBilling.id(), first.defaultBilling().orElseThrow()),
                Map.entry(alsoWithBilling.id(), last.defaultBilling().orElseThrow()));
        assertThat(first.defaultBilling().orElseThrow().details().name()).isEqualTo("Accounts");
        assertThat(inTransaction(() -> books().defaultBillingAddresses(List.of()))).isEmpty();
    }

    @Test
    public void the_default_billing_address_of_one_company_is_that_of_its_saved_book() {
        Company company = given().company();
        AddressId first = AddressId.random();
        AddressId second = AddressId.random();
        AddressBook saved = inTransaction(() -> books().save(AddressBook.empty(company.id())
                .add(first, AddressType.BILLING, plain("First"), true)
                .add(second, AddressType.BILLING, details("Second"), false)));

        inTransaction(() -> books().save(saved.makeDefault(second)));
        inTransaction(() -> books().load(company.id()).makeDefault(first));

        Map<CompanyId, Address> found = inTransaction(() -> books().defaultBillingAddresses(List.of(company.id())));
        assertThat(found).containsOnlyKeys(company.id());
        assertThat(found.get(company.id()).id()).isEqualTo(second);
    }

    @Test
    public void a_company_is_read_with_its_default_billing_address_and_without_one_when_it_has_none() {
        Company company = given().company();
        Company withoutBilling = given().company();
        AddressId billing = AddressId.random();
        AddressDetails accounts = details("Accounts");
        inTransaction(() -> books().save(AddressBook.empty(company.id())
                .add(AddressId.random(), AddressType.SHIPPING, plain("Dock"), true)
                .add(AddressId.random(), AddressType.BILLING, plain("Old accounts"), false)
                .add(billing, AddressType.BILLING, accounts, true)));
        inTransaction(() -> books().save(AddressBook.empty(withoutBilling.id())
                .add(AddressId.random(), AddressType.SHIPPING, plain("Gate"), true)));

        Companies.WithBilling read = inTransaction(() -> ports().companies().findWithDefaultBilling(company.id()))
                .orElseThrow();
        assertThat(read.company()).isEqualTo(company);
        assertThat(read.defaultBilling()).hasValueSatisfying(address -> {
            assertThat(address.id()).isEqualTo(billing);
            assertThat(address.details()).isEqualTo(accounts);
        });
        assertThat(inTransaction(() -> ports().companies().findWithDefaultBilling(withoutBilling.id())))
                .hasValueSatisfying(alone -> assertThat(alone.defaultBilling()).isEmpty());
        assertThat(inTransaction(() -> ports().companies().findWithDefaultBilling(new CompanyId(Fixtures.id()))))
                .isEmpty();
    }
}
