package org.b2b.customers.testkit.usecase;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.b2b.customers.application.CustomerManagement;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.common.PageRequest;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.company.ListCompaniesQuery;
import org.b2b.customers.application.user.ListUsersQuery;
import org.b2b.customers.domain.shared.FieldError;
import org.b2b.customers.domain.shared.InvalidInputException;
import org.b2b.customers.testkit.InMemorySystem;
import org.junit.jupiter.api.Test;

/**
 * Search texts and cursors go to the store without becoming domain values, so the lists check them against the
 * rule every text keeps: a NUL, which PostgreSQL cannot take in a text parameter, is invalid input on every store.
 */
class SearchTextTest {

    private final InMemorySystem system = InMemorySystem.start();
    private final CustomerManagement useCases = system.useCases();
    private final Actor admin = system.administrator();

    @Test
    void a_search_text_holding_a_nul_is_invalid_input_naming_q() {
        system.testData().company("Acme Industrial", system.testData().salesRepresentative());

        assertInvalid(() -> useCases.companies().list().list(admin, ListCompaniesQuery.all().withText("\u0000")), "q");
        assertInvalid(() -> useCases.companies().list().list(admin, ListCompaniesQuery.all().withText("acme\u0000")), "q");
        assertInvalid(() -> useCases.users().list().list(admin, users("\u0000", PageRequest.first())), "q");
        assertInvalid(() -> useCases.companies().list().list(admin, ListCompaniesQuery.all().withText("acme\uD800")), "q");
    }

    @Test
    void a_search_text_of_separators_or_wildcards_only_is_a_search_that_finds_nothing() {
        system.testData().company("Acme Industrial", system.testData().salesRepresentative());

        for (String text : new String[] {" - . – ", "%", "_", "\\", "\u00A0"}) {
            assertThat(useCases.companies().list().list(admin, ListCompaniesQuery.all().withText(text)).items())
                    .as(text).extracting(CompanyView::name).isEmpty();
        }
    }

    @Test
    void a_cursor_that_decodes_to_a_nul_is_not_a_cursor() {
        String nul = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("acme\u0000\u001F00000000-0000-0000-0000-000000000000".getBytes(UTF_8));

        assertInvalid(() -> useCases.companies().list().list(admin,
                ListCompaniesQuery.all().withPage(PageRequest.first().after(nul))), "cursor");
        assertInvalid(() -> useCases.users().list().list(admin, users(null, PageRequest.first().after(nul))), "cursor");
    }

    private static ListUsersQuery users(String text, PageRequest page) {
        return new ListUsersQuery(Optional.ofNullable(text), null, null, false, page);
    }

    private static void assertInvalid(ThrowingCallable list, String field) {
        assertThatThrownBy(list).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly(field));
    }
}
