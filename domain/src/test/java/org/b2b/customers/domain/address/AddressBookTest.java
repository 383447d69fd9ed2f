package org.b2b.customers.domain.address;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Optional;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.shared.ErrorKind;
import org.junit.jupiter.api.Test;

class AddressBookTest {

    private final AddressId billing1 = AddressId.random();
    private final AddressId billing2 = AddressId.random();
    private final AddressId billing3 = AddressId.random();
    private final AddressId shipping1 = AddressId.random();

    @Test
    void a_new_book_is_empty_and_never_stored() {
        AddressBook book = AddressBook.empty(CompanyId.random());

        assertThat(book.addresses()).isEmpty();
        assertThat(book.defaultBilling()).isEmpty();
        assertThat(book.version()).isZero();
    }

    @Test
    void the_first_address_of_each_type_becomes_its_default() {
        AddressBook book = empty()
                .add(billing1, AddressType.BILLING, details("Head office"), false)
                .add(shipping1, AddressType.SHIPPING, details("Warehouse"), false)
                .add(billing2, AddressType.BILLING, details("Branch"), false);

        assertThat(book.find(billing1).isDefault()).isTrue();
        assertThat(book.find(shipping1).isDefault()).isTrue();
        assertThat(book.find(billing2).isDefault()).isFalse();
    }

    @Test
    void an_address_added_as_default_takes_the_default_of_its_type_only() {
        AddressBook book = withTwoBillingAndOneShipping()
                .add(billing3, AddressType.BILLING, details("New office"), true);

        assertThat(defaultsOf(book, AddressType.BILLING)).containsExactly(billing3);
        assertThat(defaultsOf(book, AddressType.SHIPPING)).containsExactly(shipping1);
    }

    @Test
    void making_an_address_default_moves_the_default_of_its_type() {
        AddressBook book = withTwoBillingAndOneShipping().makeDefault(billing2);

        assertThat(defaultsOf(book, AddressType.BILLING)).containsExactly(billing2);
        assertThat(defaultsOf(book, AddressType.SHIPPING)).containsExactly(shipping1);
    }

    @Test
    void the_default_billing_address_is_the_company_billing_address() {
        AddressBook book = withTwoBillingAndOneShipping();

        assertThat(book.defaultBilling()).map(Address::id).contains(billing1);
        assertThat(book.makeDefault(billing2).defaultBilling()).map(Address::id).contains(billing2);
        assertThat(empty().add(shipping1, AddressType.SHIPPING, details("Warehouse"), true).defaultBilling()).isEmpty();
    }

    @Test
    void removing_the_default_promotes_the_oldest_remaining_of_its_type() {
        AddressBook book = withTwoBillingAndOneShipping()
                .add(billing3, AddressType.BILLING, details("New office"), false)
                .remove(billing1);

        assertThat(defaultsOf(book, AddressType.BILLING)).containsExactly(billing2);
        assertThat(book.addresses()).extracting(Address::id).containsExactly(shipping1, billing2, billing3);
    }

    @Test
    void removing_the_last_address_of_a_type_leaves_no_default_of_it() {
        AddressBook book = withTwoBillingAndOneShipping().remove(shipping1);

        assertThat(defaultsOf(book, AddressType.SHIPPING)).isEmpty();
        assertThat(defaultsOf(book, AddressType.BILLING)).containsExactly(billing1);
    }

    @Test
    void removing_another_address_keeps_the_default() {
        AddressBook book = withTwoBillingAndOneShipping().remove(billing2);

        assertThat(defaultsOf(book, AddressType.BILLING)).containsExactly(billing1);
    }

    @Test
    void updating_an_address_keeps_its_type_and_default() {
        AddressBook book = withTwoBillingAndOneShipping().update(billing1, details("Head office, 3rd floor"));

        Address updated = book.find(billing1);
        assertThat(updated.details().name()).isEqualTo("Head office, 3rd floor");
        assertThat(updated.type()).isEqualTo(AddressType.BILLING);
        assertThat(updated.isDefault()).isTrue();
        assertThat(book.addresses()).extracting(Address::id).containsExactly(billing1, shipping1, billing2);
    }

    @Test
    void a_new_address_starts_at_version_1_default_or_not() {
        AddressBook book = withTwoBillingAndOneShipping()
                .add(billing3, AddressType.BILLING, details("New office"), true);

        assertThat(book.addresses()).extracting(Address::id, Address::version).containsExactly(
                tuple(billing1, 2L), tuple(shipping1, 1L), tuple(billing2, 1L), tuple(billing3, 1L));
    }

    @Test
    void each_address_counts_its_own_changes_and_leaves_the_others_at_their_version() {
        AddressBook book = withTwoBillingAndOneShipping();

        AddressBook changed = book.update(billing2, details("Branch, 2nd floor"));

        assertThat(changed.find(billing2).version()).isEqualTo(2);
        assertThat(changed.find(billing1)).isEqualTo(book.find(billing1));
        assertThat(changed.find(shipping1)).isEqualTo(book.find(shipping1));
    }

    @Test
    void moving_the_default_is_a_change_of_both_addresses_whose_flag_changes() {
        AddressBook book = withTwoBillingAndOneShipping();

        AddressBook changed = book.makeDefault(billing2);

        assertThat(changed.find(billing2).version()).isEqualTo(2);
        assertThat(changed.find(billing1).version()).isEqualTo(2);
        assertThat(changed.find(shipping1).version()).isEqualTo(1);
        assertThat(changed.makeDefault(billing2)).as("already the default").isSameAs(changed);
    }

    @Test
    void new_lines_and_the_default_role_at_once_are_one_change_of_the_address() {
        AddressBook book = withTwoBillingAndOneShipping();

        AddressBook changed = book.update(billing2, details("Branch, 2nd floor"), true);

        assertThat(changed.find(billing2)).satisfies(a -> {
            assertThat(a.details().name()).isEqualTo("Branch, 2nd floor");
            assertThat(a.isDefault()).isTrue();
            assertThat(a.version()).isEqualTo(2);
        });
        assertThat(changed.find(billing1).isDefault()).isFalse();
        assertThat(book.update(billing2, details("Branch"), false)).as("nothing to change").isSameAs(book);
    }

    @Test
    void the_heir_of_a_removed_default_moves_to_its_next_version() {
        AddressBook book = withTwoBillingAndOneShipping().remove(billing1);

        assertThat(book.find(billing2).isDefault()).isTrue();
        assertThat(book.find(billing2).version()).isEqualTo(2);
        assertThat(book.find(shipping1).version()).isEqualTo(1);
    }

    @Test
    void a_book_holds_at_most_500_addresses() {
        AddressBook book = empty();
        for (int i = 0; i < AddressBook.MAX_ADDRESSES; i++) {
            book = book.add(AddressId.random(), AddressType.SHIPPING, details("Store " + i), false);
        }
        AddressBook full = book;

        assertThat(full.addresses()).hasSize(500);
        assertThatThrownBy(() -> full.add(AddressId.random(), AddressType.BILLING, details("One too many"), false))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.RULE_VIOLATED);
                    assertThat(e.code()).isEqualTo("address_book.full");
                });
    }

    @Test
    void an_unknown_address_is_not_found() {
        AddressBook book = withTwoBillingAndOneShipping();
        AddressId unknown = AddressId.random();

        for (Runnable call : List.<Runnable>of(() -> book.find(unknown), () -> book.makeDefault(unknown),
                () -> book.remove(unknown), () -> book.update(unknown, details("x")))) {
            assertThatThrownBy(call::run).isInstanceOfSatisfying(DomainException.class, e -> {
                assertThat(e.kind()).isEqualTo(ErrorKind.NOT_FOUND);
                assertThat(e.code()).isEqualTo("address.not_found");
            });
        }
    }

    @Test
    void a_book_with_two_defaults_of_a_type_cannot_be_restored() {
        CompanyId company = CompanyId.random();

        assertThatThrownBy(() -> AddressBook.restore(company, List.of(
                new Address(billing1, AddressType.BILLING, details("A"), true, 1),
                new Address(billing2, AddressType.BILLING, details("B"), true, 1)), 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AddressBook.restore(company, List.of(
                new Address(billing1, AddressType.BILLING, details("A"), false, 1)), 3))
                .as("no default").isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_address_id_appears_once_in_a_book() {
        AddressBook book = withTwoBillingAndOneShipping();

        assertThatThrownBy(() -> book.add(billing1, AddressType.SHIPPING, details("Again"), false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void changes_leave_the_original_book_and_its_version_alone() {
        AddressBook book = withTwoBillingAndOneShipping().atVersion(4);

        AddressBook changed = book.makeDefault(billing2);

        assertThat(changed.version()).isEqualTo(4);
        assertThat(book.defaultBilling()).map(Address::id).contains(billing1);
    }

    private AddressBook withTwoBillingAndOneShipping() {
        return empty()
                .add(billing1, AddressType.BILLING, details("Head office"), false)
                .add(shipping1, AddressType.SHIPPING, details("Warehouse"), false)
                .add(billing2, AddressType.BILLING, details("Branch"), false);
    }

    private static AddressBook empty() {
        return AddressBook.empty(CompanyId.random());
    }

    private static List<AddressId> defaultsOf(AddressBook book, AddressType type) {
        return book.addresses().stream().filter(a -> a.type() == type && a.isDefault()).map(Address::id).toList();
    }

    private static AddressDetails details(String name) {
        return new AddressDetails(name, "Friedrichstraße 1", "10117", "Berlin", Optional.empty(), new CountryCode("DE"),
                Optional.empty(), Optional.empty(), Optional.empty());
    }
}
