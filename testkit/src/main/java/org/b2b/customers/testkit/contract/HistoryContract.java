package org.b2b.customers.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.b2b.customers.application.port.out.History;
import org.b2b.customers.application.port.out.Slice;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.history.HistoryEntry;
import org.b2b.customers.domain.history.HistoryEntryId;
import org.b2b.customers.domain.user.User;
import org.b2b.customers.domain.user.UserId;
import org.junit.jupiter.api.Test;

/** What every {@link History} store does. */
public abstract class HistoryContract extends PortContract {

    private History history() {
        return ports().history();
    }

    private HistoryEntry appended(Optional<CompanyId> company, int second, Map<String, String> details) {
        HistoryEntry entry = new HistoryEntry(new HistoryEntryId(Fixtures.id()), company, Fixtures.T0.plusSeconds(second),
                new UserId(Fixtures.id()), "company.updated", details);
        inTransaction(() -> history().append(entry));
        return entry;
    }

    /** A page's entries without their actors' names, which a test of their own checks. */
    private Slice<HistoryEntry> entries(CompanyId company, Optional<String> action, Optional<History.Key> after,
            int limit) {
        Slice<History.WithActor> page = history().listWithActors(company, action, after, limit);
        return new Slice<>(page.items().stream().map(History.WithActor::entry).toList(), page.hasMore());
    }

    @Test
    public void a_companys_entries_read_back_equal_newest_first_across_pages() {
        CompanyId company = new CompanyId(Fixtures.id());
        List<HistoryEntry> appended = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            appended.add(appended(Optional.of(company), i / 2, Map.of("field", "value " + i)));
        }
        appended(Optional.of(new CompanyId(Fixtures.id())), 0, Map.of());
        appended(Optional.empty(), 0, Map.of());
        List<HistoryEntry> newestFirst = appended.stream()
                .sorted(Comparator.comparing(HistoryEntry::at).thenComparing(e -> e.id().toString()).reversed()).toList();

        List<HistoryEntry> paged = new ArrayList<>();
        Optional<History.Key> after = Optional.empty();
        Slice<HistoryEntry> page;
        do {
            Optional<History.Key> key = after;
            page = inTransaction(() -> entries(company, Optional.empty(), key, 2));
            paged.addAll(page.items());
            after = Optional.of(new History.Key(page.last().at(), page.last().id()));
        } while (page.hasMore());

        assertThat(paged).containsExactlyElementsOf(newestFirst);
    }

    @Test
    public void a_companys_entries_of_one_action_page_newest_first_without_the_others() {
        CompanyId company = new CompanyId(Fixtures.id());
        List<HistoryEntry> created = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            HistoryEntry entry = new HistoryEntry(new HistoryEntryId(Fixtures.id()), Optional.of(company),
                    Fixtures.T0.plusSeconds(i), new UserId(Fixtures.id()), "invitation.created", Map.of());
            inTransaction(() -> history().append(entry));
            created.add(0, entry);
            appended(Optional.of(company), i, Map.of());
        }

        Slice<HistoryEntry> first = inTransaction(() -> entries(company, Optional.of("invitation.created"),
                Optional.empty(), 2));
        Optional<History.Key> after = Optional.of(new History.Key(first.last().at(), first.last().id()));
        Slice<HistoryEntry> rest = inTransaction(() -> entries(company, Optional.of("invitation.created"), after,
                2));

        assertThat(first.hasMore()).isTrue();
        assertThat(rest.hasMore()).isFalse();
        assertThat(first.items()).containsExactlyElementsOf(created.subList(0, 2));
        assertThat(rest.items()).containsExactly(created.get(2));
        assertThat(inTransaction(() -> entries(company, Optional.of("member.removed"), Optional.empty(),
                2)).items()).isEmpty();
    }

    @Test
    public void entries_appended_together_read_back_equal_with_their_details_in_order() {
        CompanyId company = new CompanyId(Fixtures.id());
        Map<String, String> details = new LinkedHashMap<>();
        details.put("zeta", "last letter first");
        details.put("alpha", "");
        List<HistoryEntry> entries = List.of(
                new HistoryEntry(new HistoryEntryId(Fixtures.id()), Optional.of(company), Fixtures.T0,
                        new UserId(Fixtures.id()), "invitation.created", details),
                new HistoryEntry(new HistoryEntryId(Fixtures.id()), Optional.of(company), Fixtures.T0.plusSeconds(1),
                        new UserId(Fixtures.id()), "invitation.revoked", Map.of()),
                new HistoryEntry(new HistoryEntryId(Fixtures.id()), Optional.empty(), Fixtures.T0,
                        new UserId(Fixtures.id()), "role.updated", Map.of("role", "buyer")));

        inTransaction(() -> history().appendAll(entries));
        inTransaction(() -> history().appendAll(List.of()));

        List<HistoryEntry> read = inTransaction(() -> entries(company, Optional.empty(), Optional.empty(), 10))
                .items();
        assertThat(read).containsExactly(entries.get(1), entries.get(0));
        assertThat(read.get(1).details().entrySet()).containsExactlyElementsOf(details.entrySet());
    }

    @Test
    public void entries_appended_together_in_a_rolled_back_transaction_are_not_kept() {
        CompanyId company = new CompanyId(Fixtures.id());
        HistoryEntry entry = new HistoryEntry(new HistoryEntryId(Fixtures.id()), Optional.of(company), Fixtures.T0,
                new UserId(Fixtures.id()), "invitation.created", Map.of("k", "v"));

        assertThatThrownBy(() -> inTransaction(() -> {
            history().appendAll(List.of(entry));
            throw new IllegalStateException("the use case fails");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(inTransaction(() -> entries(company, Optional.empty(), Optional.empty(), 10)).items()).isEmpty();
    }

    @Test
    public void details_keep_the_order_they_were_written_in() {
        CompanyId company = new CompanyId(Fixtures.id());
        Map<String, String> details = new LinkedHashMap<>();
        details.put("zeta", "last letter first");
        details.put("alpha", "");
        details.put("name", "Zoë & Co. <b>");
        appended(Optional.of(company), 0, details);

        HistoryEntry read = inTransaction(() -> entries(company, Optional.empty(), Optional.empty(), 1)).items()
                .get(0);

        assertThat(read.details().entrySet()).containsExactlyElementsOf(details.entrySet());
    }

    @Test
    public void a_page_names_each_actor_while_that_user_exists() {
        CompanyId company = new CompanyId(Fixtures.id());
        User actor = given().customer("Ada", "Actor");
        HistoryEntry byUser = new HistoryEntry(new HistoryEntryId(Fixtures.id()), Optional.of(company),
                Fixtures.T0.plusSeconds(1), actor.id(), "company.updated", Map.of("field", "name"));
        HistoryEntry byNobody = appended(Optional.of(company), 0, Map.of());
        inTransaction(() -> history().append(byUser));

        Slice<History.WithActor> page = inTransaction(() -> history().listWithActors(company, Optional.empty(),
                Optional.empty(), 10));

        assertThat(page.items()).extracting(History.WithActor::entry).containsExactly(byUser, byNobody);
        assertThat(page.items()).extracting(History.WithActor::actorName)
                .containsExactly(Optional.of(actor.name()), Optional.empty());
    }
}
