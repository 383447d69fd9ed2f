package org.b2b.customers.web.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.user.UserView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Members › Companies as a CSV file: every matching company, the list's columns, and nothing a spreadsheet runs. */
class CompanyExportHttpTest {

    private static final String BOM = "\uFEFF";
    private static final List<String> HEADER = List.of("Name", "Tax ID", "Customer group", "Sales representative",
            "Contact person", "Status", "Members", "Country");

    private final BackOfficeSite site = new BackOfficeSite();
    private final UserView representative = site.data().salesRepresentative();
    private final UserView colleague = site.data().salesRepresentative();

    @AfterEach
    void stopServer() {
        site.close();
    }

    @Test
    void the_file_is_an_attachment_in_utf8_with_a_byte_order_mark_and_the_lists_columns_by_name() throws IOException {
        CompanyView company = site.company("Südwind AG", representative);

        HttpResponse<String> export = admin().get("/companies/export.csv");

        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type")).contains("text/csv; charset=utf-8");
        assertThat(export.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d)
                .startsWith("attachment;").contains("companies.csv"));
        assertThat(export.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(export.body()).startsWith(BOM);
        List<List<String>> rows = rows(export);
        assertThat(rows.get(0)).isEqualTo(HEADER);
        assertThat(rows.get(1)).containsExactly("Südwind AG", company.taxId(), groupName(company),
                representative.firstName() + " " + representative.lastName(), "", "Active", "0", "Germany");
    }

    @Test
    void the_headers_and_words_are_in_the_users_language() throws IOException {
        site.company("Südwind AG", representative);

        List<List<String>> rows = rows(admin().get("/companies/export.csv", "Accept-Language", "de"));

        assertThat(rows.get(0)).containsExactly("Name", "Steuernummer", "Kundengruppe", "Vertriebsmitarbeiter",
                "Kontaktperson", "Status", "Mitglieder", "Land");
        assertThat(rows.get(1)).contains("Aktiv", "Deutschland");
    }

    @Test
    void the_filters_and_the_sort_of_the_list_are_kept_and_paging_is_not() throws IOException {
        site.company("Alpha GmbH", representative);
        site.company("Beta GmbH", colleague);
        site.company("Gamma GmbH", representative);

        List<List<String>> rows = rows(admin().get("/companies/export.csv?salesRepresentativeId="
                + representative.id().value() + "&sort=-name&size=25&cursor=ignored"));

        assertThat(names(rows)).containsExactly("Gamma GmbH", "Alpha GmbH");
    }

    @Test
    void every_matching_company_is_exported_not_only_the_first_page() throws IOException {
        for (int i = 0; i < 205; i++) {
            site.company(String.format("Firma %03d", i), representative);
        }

        List<String> names = names(rows(admin().get("/companies/export.csv")));

        assertThat(names).hasSize(205).startsWith("Firma 000").endsWith("Firma 204").doesNotHaveDuplicates();
    }

    @Test
    void a_cell_a_spreadsheet_would_run_as_a_formula_is_plain_text_and_markup_stays_text() throws IOException {
        site.company("=HYPERLINK(\"x\")", representative);
        site.company("<img src=x onerror=alert(1)>", representative);
        site.company("+49 Handel", representative);
        site.company("@Home GmbH", representative);
        site.company("-Minus AG", representative);

        HttpResponse<String> export = admin().get("/companies/export.csv");

        assertThat(names(rows(export))).containsExactlyInAnyOrder("'=HYPERLINK(\"x\")",
                "<img src=x onerror=alert(1)>", "'+49 Handel", "'@Home GmbH", "'-Minus AG");
        assertThat(export.body()).doesNotContain("\n=", ",=", "\n+", "\n@");
    }

    @Test
    void a_representative_exports_only_the_companies_they_represent() throws IOException {
        site.company("Eigene GmbH", representative);
        site.company("Fremde GmbH", colleague);

        SignedInClient client = new SignedInClient(site).signIn(representative.email(), BackOfficeSite.PASSWORD);

        assertThat(names(rows(client.get("/companies/export.csv")))).containsExactly("Eigene GmbH");
    }

    @Test
    void a_filter_the_directory_cannot_use_is_a_page_saying_so_not_a_file() {
        HttpResponse<String> export = admin().get("/companies/export.csv?status=SOMETIMES");

        assertThat(export.statusCode()).isEqualTo(422);
        assertThat(export.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    }

    @Test
    void without_a_session_the_export_leads_to_sign_in() {
        HttpResponse<String> export = new SignedInClient(site).get("/companies/export.csv");

        assertThat(export.statusCode()).isEqualTo(303);
        assertThat(export.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l)
                .startsWith("/login?next="));
    }

    private SignedInClient admin() {
        return new SignedInClient(site).signIn(BackOfficeSite.ADMIN_EMAIL, BackOfficeSite.ADMIN_PASSWORD);
    }

    private String groupName(CompanyView company) {
        return site.system.useCases().customerGroups().get().get(site.admin(), company.customerGroupId()).name();
    }

    private static List<List<String>> rows(HttpResponse<String> export) throws IOException {
        assertThat(export.statusCode()).isEqualTo(200);
        String body = export.body();
        assertThat(body).startsWith(BOM);
        CsvMapper csv = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();
        return csv.readerFor(String[].class).<String[]>readValues(body.substring(1)).readAll().stream()
                .map(Arrays::asList).toList();
    }

    private static List<String> names(List<List<String>> rows) {
        return rows.stream().skip(1).map(row -> row.get(0)).toList();
    }
}
