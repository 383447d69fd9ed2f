package org.b2b.customers.testkit.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.b2b.customers.application.CustomerManagement;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.address.AddAddressCommand;
import org.b2b.customers.application.address.AddressInput;
import org.b2b.customers.application.address.AddressView;
import org.b2b.customers.application.address.ListAddressesQuery;
import org.b2b.customers.application.address.RemoveAddressCommand;
import org.b2b.customers.application.address.UpdateAddressCommand;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.domain.address.AddressId;
import org.b2b.customers.domain.address.AddressType;
import org.b2b.customers.domain.member.Member;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.shared.ErrorKind;
import org.b2b.customers.domain.shared.FieldError;
import org.b2b.customers.domain.shared.InvalidInputException;
import org.b2b.customers.domain.user.RoleIdentifier;
import org.b2b.customers.testkit.InMemorySystem;
import org.b2b.customers.testkit.TestData;
import org.junit.jupiter.api.Test;

class AddressBookUseCasesTest {

    private final InMemorySystem system = InMemorySystem.start();
    private final CustomerManagement useCases = system.useCases();
    private final TestData data = system.testData();
    private final Memberships memberships = new Memberships(system);
    private final Actor admin = system.administrator();
    private final CompanyView company = data.company("Acme Industrial", data.salesRepresentative());

    @Test
    void the_first_address_of_a_type_becomes_its_default() {
        AddressView first = addShipping("Hamburg", false);
        AddressView second = addShipping("Bremen", false);

        assertThat(first.isDefault()).isTrue();
        assertThat(second.isDefault()).isFalse();
    }

    @Test
    void setting_a_default_clears_the_previous_one() {
        AddressView first = addShipping("Hamburg", false);
        AddressView second = addShipping("Bremen", false);

        AddressView chosen = useCases.addresses().setDefault().setDefault(admin, company.id(), second.id());

        assertThat(chosen.isDefault()).isTrue();
        assertThat(shipping()).extracting(AddressView::id, AddressView::isDefault)
                .containsExactly(tuple(first.id(), false),
                        tuple(second.id(), true));
    }

    @Test
    void an_address_added_as_default_takes_over_from_the_previous_default() {
        AddressView first = addShipping("Hamburg", false);
        AddressView second = addShipping("Bremen", true);

        assertThat(second.isDefault()).isTrue();
        assertThat(first.isDefault()).isTrue();
        assertThat(defaultsOf(shipping())).containsExactly(second.id());
    }

    @Test
    void removing_the_default_promotes_the_oldest_remaining_address() {
        AddressView first = addShipping("Hamburg", false);
        AddressView second = addShipping("Bremen", false);
        addShipping("Kiel", false);

        useCases.addresses().remove().remove(admin, RemoveAddressCommand.of(company.id(), first.id()));

        assertThat(shipping()).hasSize(2);
        assertThat(defaultsOf(shipping())).containsExactly(second.id());
    }

    @Test
    void the_company_billing_address_follows_the_default_billing_address() {
        AddressView other = useCases.addresses().add().add(admin, new AddAddressCommand(company.id(), "BILLING",
                new AddressInput("Head office", "Marktplatz 3", "80331", "München", "Bayern", "DE", null, null, null),
                false));

        useCases.addresses().setDefault().setDefault(admin, company.id(), other.id());

        assertThat(useCases.companies().get().get(admin, company.id()).billingAddress())
                .hasValueSatisfying(a -> assertThat(a.id()).isEqualTo(other.id()));
    }

    @Test
    void removing_the_last_billing_address_leaves_the_company_without_one() {
        AddressId billing = company.billingAddress().orElseThrow().id();

        useCases.addresses().remove().remove(admin, RemoveAddressCommand.of(company.id(), billing));

        assertThat(useCases.companies().get().get(admin, company.id()).billingAddress()).isEmpty();
        assertThat(useCases.addresses().list().list(admin, ListAddressesQuery.ofType(company.id(), "BILLING"))).isEmpty();
    }

    @Test
    void an_update_replaces_every_line_and_keeps_the_type() {
        AddressView address = useCases.addresses().add().add(admin, new AddAddressCommand(company.id(), "SHIPPING",
                new AddressInput("Dock 1", "Hafenstraße 1", "20095", "Hamburg", "Hamburg", "DE", "dock@buyer.example",
                        "+49 40 123456", null), false));

        AddressView updated = useCases.addresses().update().update(admin, new UpdateAddressCommand(company.id(),
                address.id(), new AddressInput("Dock 2", "Kai 2", "20457", "Hamburg", null, "de", null, null, null),
                false));

        assertThat(updated.type()).isEqualTo(AddressType.SHIPPING);
        assertThat(updated.name()).isEqualTo("Dock 2");
        assertThat(updated.country()).isEqualTo("DE");
        assertThat(updated.region()).isEmpty();
        assertThat(updated.email()).isEmpty();
        assertThat(updated.phone()).isEmpty();
        assertThat(shipping()).containsExactly(updated);
    }

    @Test
    void an_update_can_make_the_address_the_default() {
        addShipping("Hamburg", false);
        AddressView second = addShipping("Bremen", false);

        AddressView updated = useCases.addresses().update().update(admin, new UpdateAddressCommand(company.id(),
                second.id(), data.shippingAddress("Bremerhaven"), true));

        assertThat(updated.isDefault()).isTrue();
        assertThat(updated.city()).isEqualTo("Bremerhaven");
        assertThat(defaultsOf(shipping())).containsExactly(second.id());
    }

    @Test
    void the_list_can_be_limited_to_one_type() {
        AddressView shippingAddress = addShipping("Hamburg", false);

        assertThat(useCases.addresses().list().list(admin, ListAddressesQuery.all(company.id()))).hasSize(2);
        assertThat(shipping()).extracting(AddressView::id).containsExactly(shippingAddress.id());
        assertThatThrownBy(() -> useCases.addresses().list().list(admin, ListAddressesQuery.ofType(company.id(), "HOME")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("type"));
    }

    @Test
    void an_invalid_country_email_and_postal_code_are_each_named() {
        var input = new AddressInput("Dock", "Hafenstraße 1", "2".repeat(21), "Hamburg", null, "XX", "not-an-email",
                null, null);

        assertThatThrownBy(() -> useCases.addresses().add().add(admin, new AddAddressCommand(company.id(), "PARCEL", input, false)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactlyInAnyOrder("postalCode", "country", "email", "type"));
        assertThatThrownBy(() -> useCases.addresses().update().update(admin, new UpdateAddressCommand(company.id(),
                company.billingAddress().orElseThrow().id(), input, false)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactlyInAnyOrder("postalCode", "country", "email"));
        assertThat(useCases.addresses().list().list(admin, ListAddressesQuery.all(company.id()))).hasSize(1);
    }

    @Test
    void one_address_is_read_with_its_own_version() {
        AddressView added = addShipping("Hamburg", false);

        AddressView read = useCases.addresses().get().get(admin, company.id(), added.id());

        assertThat(read).isEqualTo(added);
        assertThat(read.version()).isEqualTo(1);
    }

    @Test
    void an_edit_from_the_current_version_applies_and_moves_the_version_on() {
        AddressView added = addShipping("Hamburg", false);

        AddressView moved = useCases.addresses().update().update(admin, new UpdateAddressCommand(company.id(), added.id(),
                data.shippingAddress("Bremen"), false).ifVersion(added.version()));

        assertThat(moved.city()).isEqualTo("Bremen");
        assertThat(moved.version()).isEqualTo(added.version() + 1);
    }

    @Test
    void an_edit_or_removal_from_a_stale_version_is_refused_and_changes_nothing() {
        AddressView added = addShipping("Hamburg", false);
        AddressView moved = useCases.addresses().update().update(admin,
                new UpdateAddressCommand(company.id(), added.id(), data.shippingAddress("Bremen"), false));

        assertStale(() -> useCases.addresses().update().update(admin, new UpdateAddressCommand(company.id(), added.id(),
                data.shippingAddress("Kiel"), true).ifVersion(added.version())));
        assertStale(() -> useCases.addresses().remove().remove(admin,
                RemoveAddressCommand.of(company.id(), added.id()).ifVersion(added.version())));
        assertThat(shipping()).containsExactly(moved);
    }

    @Test
    void editing_one_address_leaves_the_version_of_the_others_so_their_edits_still_apply() {
        AddressView hamburg = addShipping("Hamburg", false);
        AddressView bremen = addShipping("Bremen", false);
        useCases.addresses().update().update(admin, new UpdateAddressCommand(company.id(), hamburg.id(),
                data.shippingAddress("Altona"), false).ifVersion(hamburg.version()));

        AddressView renamed = useCases.addresses().update().update(admin, new UpdateAddressCommand(company.id(), bremen.id(),
                data.shippingAddress("Vegesack"), false).ifVersion(bremen.version()));
        useCases.addresses().remove().remove(admin, RemoveAddressCommand.of(company.id(), renamed.id())
                .ifVersion(renamed.version()));

        assertThat(shipping()).extracting(AddressView::city).containsExactly("Altona");
    }

    @Test
    void new_lines_and_the_default_role_at_once_are_one_change_and_the_old_default_moves_on_too() {
        AddressView first = addShipping("Hamburg", false);
        AddressView second = addShipping("Bremen", false);

        AddressView chosen = useCases.addresses().update().update(admin, new UpdateAddressCommand(company.id(), second.id(),
                data.shippingAddress("Kiel"), true).ifVersion(second.version()));

        assertThat(chosen.version()).isEqualTo(second.version() + 1);
        assertThat(shipping()).extracting(AddressView::id, AddressView::isDefault, AddressView::version)
                .containsExactly(tuple(first.id(), false, first.version() + 1), tuple(chosen.id(), true, chosen.version()));
    }

    @Test
    void a_removal_from_the_current_version_removes_the_address() {
        AddressView added = addShipping("Hamburg", false);

        useCases.addresses().remove().remove(admin,
                RemoveAddressCommand.of(company.id(), added.id()).ifVersion(added.version()));

        assertThat(shipping()).isEmpty();
        assertNotFound(() -> useCases.addresses().get().get(admin, company.id(), added.id()));
    }

    @Test
    void an_address_of_another_company_is_not_found() {
        CompanyView other = data.company("Other Corp", data.salesRepresentative());
        AddressId foreign = other.billingAddress().orElseThrow().id();

        assertNotFound(() -> useCases.addresses().update().update(admin,
                new UpdateAddressCommand(company.id(), foreign, data.billingAddress(), true)));
        assertNotFound(() -> useCases.addresses().setDefault().setDefault(admin, company.id(), foreign));
        assertNotFound(() -> useCases.addresses().get().get(admin, company.id(), foreign));
        assertNotFound(() -> useCases.addresses().remove().remove(admin, RemoveAddressCommand.of(company.id(), foreign)));
        assertThat(useCases.companies().get().get(admin, other.id()).billingAddress()).isEqualTo(other.billingAddress());
    }

    @Test
    void a_company_buyer_can_view_but_not_edit_addresses() {
        Member buyer = memberships.join(company.id(), RoleIdentifier.COMPANY_BUYER.value());
        Actor actor = Memberships.actor(buyer);
        AddressId billing = company.billingAddress().orElseThrow().id();

        assertThat(useCases.addresses().list().list(actor, ListAddressesQuery.all(company.id())))
                .extracting(AddressView::id).containsExactly(billing);
        assertThat(useCases.addresses().get().get(actor, company.id(), billing).id()).isEqualTo(billing);
        assertForbidden(() -> useCases.addresses().add().add(actor,
                new AddAddressCommand(company.id(), "SHIPPING", data.shippingAddress("Kiel"), false)));
        assertForbidden(() -> useCases.addresses().update().update(actor,
                new UpdateAddressCommand(company.id(), billing, data.billingAddress(), false)));
        assertForbidden(() -> useCases.addresses().setDefault().setDefault(actor, company.id(), billing));
        assertForbidden(() -> useCases.addresses().remove().remove(actor, RemoveAddressCommand.of(company.id(), billing)));
    }

    @Test
    void a_company_admin_edits_the_address_book_of_their_own_company() {
        Member companyAdmin = memberships.join(company.id(), RoleIdentifier.COMPANY_ADMIN.value());

        AddressView added = useCases.addresses().add().add(Memberships.actor(companyAdmin),
                new AddAddressCommand(company.id(), "SHIPPING", data.shippingAddress("Kiel"), false));

        assertThat(shipping()).containsExactly(added);
    }

    @Test
    void a_sales_representative_of_another_company_gets_not_found_on_every_address_use_case() {
        Actor stranger = data.actor(data.salesRepresentative());
        AddressId billing = company.billingAddress().orElseThrow().id();

        assertNotFound(() -> useCases.addresses().list().list(stranger, ListAddressesQuery.all(company.id())));
        assertNotFound(() -> useCases.addresses().get().get(stranger, company.id(), billing));
        assertNotFound(() -> useCases.addresses().add().add(stranger,
                new AddAddressCommand(company.id(), "SHIPPING", data.shippingAddress("Kiel"), false)));
        assertNotFound(() -> useCases.addresses().update().update(stranger,
                new UpdateAddressCommand(company.id(), billing, data.billingAddress(), false)));
        assertNotFound(() -> useCases.addresses().setDefault().setDefault(stranger, company.id(), billing));
        assertNotFound(() -> useCases.addresses().remove().remove(stranger, RemoveAddressCommand.of(company.id(), billing)));
        assertThat(useCases.addresses().list().list(admin, ListAddressesQuery.all(company.id()))).hasSize(1);
    }

    private AddressView addShipping(String city, boolean makeDefault) {
        return useCases.addresses().add().add(admin,
                new AddAddressCommand(company.id(), "SHIPPING", data.shippingAddress(city), makeDefault));
    }

    private List<AddressView> shipping() {
        return useCases.addresses().list().list(admin, ListAddressesQuery.ofType(company.id(), "SHIPPING"));
    }

    private static List<AddressId> defaultsOf(List<AddressView> addresses) {
        return addresses.stream().filter(AddressView::isDefault).map(AddressView::id).toList();
    }

    private static void assertNotFound(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.kind()).isEqualTo(ErrorKind.NOT_FOUND));
    }

    private static void assertStale(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
            assertThat(e.code()).isEqualTo("address.stale_version");
        });
    }

    private static void assertForbidden(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.kind()).isEqualTo(ErrorKind.FORBIDDEN));
    }
}
