package org.b2b.customers.testkit.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.b2b.customers.application.CustomerManagement;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.common.PageRequest;
import org.b2b.customers.application.company.BrowseCompaniesQuery;
import org.b2b.customers.application.company.CompanyDirectory;
import org.b2b.customers.application.company.CompanyRow;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.user.UserView;
import org.b2b.customers.domain.shared.FieldError;
import org.b2b.customers.domain.shared.InvalidInputException;
import org.b2b.customers.testkit.InMemorySystem;
import org.b2b.customers.testkit.TestData;
import org.junit.jupiter.api.Test;

class BrowseCompaniesTest {

    private final InMemorySystem system = InMemorySystem.start();
    private final CustomerManagement useCases = system.useCases();
    private final TestData data = system.testData();
    private final Actor admin = system.administrator();

    @Test
    void every_unknown_value_is_refused_naming_its_field_at_once() {
        var query = new BrowseCompaniesQuery(Optional.of("acme\u0000"), Optional.of("not-a-uuid"), Optional.of("nobody"),
                Optional.of("dormant"), Optional.of("XX"), Optional.of("size"), PageRequest.first(0));

        assertThatThrownBy(() -> browse(admin, query))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .contains("q", "customerGroupId", "salesRepresentativeId", "status", "country", "sort",
                                "page.limit"));
    }

    @Test
    void a_cursor_of_another_sort_or_none_at_all_is_refused_as_the_cursor() {
        UserView rep = data.salesRepresentative();
        data.company("Alpha", rep);
        data.company("Beta", rep);
        String byName = browse(admin, query(Optional.of("name"), PageRequest.first(1))).nextCursor().orElseThrow();

        assertInvalidCursor(query(Optional.of("-name"), PageRequest.first(1).after(byName)));
        assertInvalidCursor(query(Optional.of("created"), PageRequest.first(1).after(byName)));
        assertInvalidCursor(query(Optional.empty(), PageRequest.first(1).after("bm90IGEgY3Vyc29y")));
    }

    @Test
    void a_sales_representative_browses_and_counts_only_the_companies_they_represent() {
        UserView alice = data.salesRepresentative();
        UserView bob = data.salesRepresentative();
        CompanyView ofAlice = data.company("Alpha", alice);
        data.company("Beta", bob);

        CompanyDirectory directory = browse(data.actor(alice), BrowseCompaniesQuery.all());

        assertThat(directory.rows()).extracting(CompanyRow::id).containsExactly(ofAlice.id());
        assertThat(directory.matches()).isEqualTo(1);
        assertThat(directory.matchesCapped()).isFalse();
        assertThat(browse(admin, BrowseCompaniesQuery.all()).matches()).isEqualTo(2);
    }

    @Test
    void pages_go_forward_and_back_by_cursor_and_the_first_has_no_previous() {
        UserView rep = data.salesRepresentative();
        for (String name : new String[] {"Delta", "alpha", "Charlie", "bravo", "Echo"}) {
            data.company(name, rep);
        }
        PageRequest two = PageRequest.first(2);
        Optional<String> descending = Optional.of("-name");

        CompanyDirectory first = browse(admin, query(descending, two));
        CompanyDirectory second = browse(admin, query(descending, two.after(first.nextCursor().orElseThrow())));
        CompanyDirectory third = browse(admin, query(descending, two.after(second.nextCursor().orElseThrow())));
        CompanyDirectory back = browse(admin, query(descending, two.after(third.previousCursor().orElseThrow())));
        CompanyDirectory start = browse(admin, query(descending, two.after(back.previousCursor().orElseThrow())));

        assertThat(first.rows()).extracting(CompanyRow::name).containsExactly("Echo", "Delta");
        assertThat(first.previousCursor()).isEmpty();
        assertThat(second.rows()).extracting(CompanyRow::name).containsExactly("Charlie", "bravo");
        assertThat(third.rows()).extracting(CompanyRow::name).containsExactly("alpha");
        assertThat(third.nextCursor()).isEmpty();
        assertThat(back.rows()).extracting(CompanyRow::name).containsExactly("Charlie", "bravo");
        assertThat(back.nextCursor()).isPresent();
        assertThat(start.rows()).extracting(CompanyRow::name).containsExactly("Echo", "Delta");
        assertThat(start.previousCursor()).isEmpty();
        assertThat(first.matches()).isEqualTo(5);
    }

    @Test
    void a_row_reads_the_names_and_the_billing_country() {
        UserView rep = data.salesRepresentative();
        CompanyView company = data.company("Acme Industrial", rep);

        CompanyRow row = browse(admin, BrowseCompaniesQuery.all()).rows().get(0);

        assertThat(row.id()).isEqualTo(company.id());
        assertThat(row.salesRepresentativeName()).isEqualTo(rep.firstName() + " " + rep.lastName());
        assertThat(row.country()).contains(company.billingAddress().orElseThrow().country());
        assertThat(browse(admin, new BrowseCompaniesQuery(null, null, null, null, Optional.of("it"), null, null))
                .rows()).isEmpty();
    }

    private CompanyDirectory browse(Actor actor, BrowseCompaniesQuery query) {
        return useCases.companies().browse().browse(actor, query);
    }

    private void assertInvalidCursor(BrowseCompaniesQuery query) {
        assertThatThrownBy(() -> browse(admin, query))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("cursor"));
    }

    private static BrowseCompaniesQuery query(Optional<String> sort, PageRequest page) {
        return new BrowseCompaniesQuery(null, null, null, null, null, sort, page);
    }
}
