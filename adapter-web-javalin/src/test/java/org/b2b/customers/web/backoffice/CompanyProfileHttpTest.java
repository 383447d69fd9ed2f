package org.b2b.customers.web.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.b2b.customers.application.address.AddAddressCommand;
import org.b2b.customers.application.address.AddressView;
import org.b2b.customers.application.address.ListAddressesQuery;
import org.b2b.customers.application.address.UpdateAddressCommand;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.member.MemberView;
import org.b2b.customers.application.member.UpdateMemberCommand;
import org.b2b.customers.application.order.RecordOrderCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The answers of the Company profile and Address book forms over HTTP: their statuses, and what they leave alone;
 * and what the Summary tab shows.
 */
class CompanyProfileHttpTest {

    private final BackOfficeSite site = new BackOfficeSite();
    private final CompanyView company = site.company("Nordwind Logistik", site.data().salesRepresentative());
    private final String path = "/companies/" + company.id().value();

    @AfterEach
    void stopServer() {
        site.close();
    }

    @Test
    void a_disabled_member_is_refused_as_contact_person_with_422_and_changes_nothing() {
        MemberView member = site.data().member(company, "company_buyer");
        site.system.useCases().members().update().update(site.admin(),
                UpdateMemberCommand.of(company.id(), member.id()).withStatus("DISABLED"));
        SignedInClient admin = admin();

        HttpResponse<String> answer = admin.post(path + "/contact-person", admin.withToken(Map.of(
                "contactPersonId", member.id().value().toString(), "version", String.valueOf(company.version()))));

        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(answer.body()).contains("this member is disabled");
        assertThat(site.company(company).contactPersonMemberId()).isEmpty();
    }

    @Test
    void a_wrong_address_is_422_and_a_form_without_its_token_is_403_and_neither_adds_anything() {
        SignedInClient admin = admin();
        Map<String, String> incomplete = Map.of("address.type", "SHIPPING", "address.name", "Goods receiving");

        HttpResponse<String> wrong = admin.post(path + "/addresses", admin.withToken(incomplete));
        HttpResponse<String> forged = admin.post(path + "/addresses", Map.of("address.type", "SHIPPING",
                "address.name", "Goods receiving", "address.street", "Lagerweg 2", "address.postalCode", "20457",
                "address.city", "Hamburg", "address.country", "DE"));

        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(wrong.body()).contains("value=\"Goods receiving\"");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(addresses()).hasSize(1);
    }

    @Test
    void removing_an_address_changed_since_the_confirmation_is_refused_in_words_and_keeps_it() {
        AddressView shipping = site.system.useCases().addresses().add().add(site.admin(), new AddAddressCommand(
                company.id(), "SHIPPING", site.data().shippingAddress("Hamburg"), false));
        site.system.useCases().addresses().update().update(site.admin(), new UpdateAddressCommand(company.id(),
                shipping.id(), site.data().shippingAddress("Bremen"), false));
        SignedInClient admin = admin();

        HttpResponse<String> answer = admin.post(path + "/addresses/" + shipping.id().value() + "/remove",
                admin.withToken(Map.of("version", String.valueOf(shipping.version()))));

        assertThat(answer.statusCode()).isEqualTo(409);
        assertThat(answer.body()).contains("Someone else changed this address meanwhile").doesNotContain("Exception");
        assertThat(addresses()).extracting(AddressView::id).contains(shipping.id());
    }

    @Test
    void the_addresses_that_only_take_forms_answer_a_get_with_405() {
        AddressView billing = addresses().get(0);
        SignedInClient admin = admin();

        String makeDefault = path + "/addresses/" + billing.id().value() + "/default";
        for (String form : List.of(path + "/contact-person", makeDefault)) {
            HttpResponse<String> answer = admin.get(form);
            assertThat(answer.statusCode()).as(form).isEqualTo(405);
            assertThat(answer.headers().firstValue("Allow")).as(form).hasValue("POST");
        }
    }

    @Test
    void the_summarys_latest_orders_name_their_status_in_the_users_language() {
        site.system.useCases().orders().record().record(site.admin(), new RecordOrderCommand(company.id(), "SO-1",
                site.system.clock().instant().toString(), null, "PAID", "EUR", "10"));
        site.system.useCases().orders().record().record(site.admin(), new RecordOrderCommand(company.id(), "SO-2",
                site.system.clock().instant().toString(), null, "ON_HOLD_AT_CUSTOMS", "EUR", "10"));

        HttpResponse<String> summary = admin().get(path, "Accept-Language", "de");

        assertThat(summary.statusCode()).isEqualTo(200);
        // A status the pages do not know is shown as the shop sent it, as the Orders tab does.
        assertThat(summary.body()).contains("<td>Bezahlt</td>", "<td>ON_HOLD_AT_CUSTOMS</td>")
                .doesNotContain("<td>PAID</td>");
    }

    private SignedInClient admin() {
        return new SignedInClient(site).signIn(BackOfficeSite.ADMIN_EMAIL, BackOfficeSite.ADMIN_PASSWORD);
    }

    private List<AddressView> addresses() {
        return site.system.useCases().addresses().list().list(site.admin(), ListAddressesQuery.all(company.id()));
    }
}
