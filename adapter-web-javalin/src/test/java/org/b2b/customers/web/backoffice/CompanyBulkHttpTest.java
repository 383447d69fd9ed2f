package org.b2b.customers.web.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.user.UserView;
import org.b2b.customers.domain.company.CompanyStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The bulk form's defences, over HTTP: what a page never sends, and what a user may not do or see. */
class CompanyBulkHttpTest {

    private final BackOfficeSite site = new BackOfficeSite();
    private final UserView representative = site.data().salesRepresentative();

    @AfterEach
    void stopServer() {
        site.close();
    }

    @Test
    void the_bulk_address_takes_forms_only_and_is_no_company() {
        HttpResponse<String> get = admin().get("/companies/bulk");

        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(get.headers().firstValue("Allow")).contains("POST");
    }

    @Test
    void a_bulk_form_without_its_session_token_changes_nothing() {
        CompanyView company = site.company("Nordwind Logistik", representative);

        HttpResponse<String> forged = admin().post("/companies/bulk", Map.of("action", "deactivate",
                "confirmed", "yes", "companyId", company.id().value().toString()));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(site.company(company).status()).isEqualTo(CompanyStatus.ACTIVE);
    }

    @Test
    void a_deactivation_is_only_asked_until_it_is_confirmed() {
        CompanyView company = site.company("Nordwind <Logistik>", representative);
        SignedInClient admin = admin();

        HttpResponse<String> question = admin.post("/companies/bulk", admin.withToken(Map.of("action", "deactivate",
                "companyId", company.id().value().toString(), "list.status", "ACTIVE")));

        assertThat(question.statusCode()).isEqualTo(200);
        assertThat(question.body()).contains("Nordwind &lt;Logistik&gt;", "name=\"confirmed\" value=\"yes\"",
                "href=\"/companies?status=ACTIVE\"");
        assertThat(site.company(company).status()).isEqualTo(CompanyStatus.ACTIVE);
    }

    @Test
    void a_company_a_representative_may_not_see_is_reported_without_its_name_and_one_they_may_not_deactivate_by_it() {
        CompanyView own = site.company("Eigene GmbH", representative);
        CompanyView other = site.company("Fremde GmbH", site.data().salesRepresentative());
        SignedInClient client = new SignedInClient(site).signIn(representative.email(), BackOfficeSite.PASSWORD);

        HttpResponse<String> report = client.post("/companies/bulk", List.of(Map.entry("formToken", client.formToken),
                Map.entry("action", "deactivate"), Map.entry("confirmed", "yes"),
                Map.entry("companyId", own.id().value().toString()),
                Map.entry("companyId", other.id().value().toString())));

        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.body()).contains("Eigene GmbH", "you may not do this with this company.",
                "A company you cannot see").doesNotContain("Fremde GmbH");
        assertThat(site.company(own).status()).isEqualTo(CompanyStatus.ACTIVE);
        assertThat(site.company(other).status()).isEqualTo(CompanyStatus.ACTIVE);
    }

    @Test
    void ids_that_name_no_company_and_an_unknown_action_are_told_on_the_list() {
        SignedInClient admin = admin();

        HttpResponse<String> answer = admin.post("/companies/bulk", admin.withToken(Map.of("action", "explode",
                "companyId", "not-a-uuid")));

        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(answer.body()).contains("Select at least one company.",
                "Choose what to do with the selected companies.");
    }

    private SignedInClient admin() {
        return new SignedInClient(site).signIn(BackOfficeSite.ADMIN_EMAIL, BackOfficeSite.ADMIN_PASSWORD);
    }
}
