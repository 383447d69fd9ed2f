package org.b2b.customers.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.b2b.customers.testkit.contract.Conflicts.assertConflict;
import static org.b2b.customers.testkit.contract.Conflicts.assertRefused;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.b2b.customers.application.port.out.Companies;
import org.b2b.customers.application.port.out.Companies.Search;
import org.b2b.customers.application.port.out.Slice;
import org.b2b.customers.domain.access.CompanyFilter;
import org.b2b.customers.domain.address.AddressBook;
import org.b2b.customers.domain.address.AddressDetails;
import org.b2b.customers.domain.address.AddressId;
import org.b2b.customers.domain.address.AddressType;
import org.b2b.customers.domain.address.CountryCode;
import org.b2b.customers.domain.company.Company;
import org.b2b.customers.domain.company.CompanyDetails;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.company.CompanyStatus;
import org.b2b.customers.domain.company.TaxId;
import org.b2b.customers.domain.invitation.Invitation;
import org.b2b.customers.domain.member.Member;
import org.b2b.customers.domain.order.Money;
import org.b2b.customers.domain.order.Order;
import org.b2b.customers.domain.order.OrderId;
import org.b2b.customers.domain.order.OrderStatus;
import org.b2b.customers.domain.shared.ErrorKind;
import org.b2b.customers.domain.user.User;
import org.junit.jupiter.api.Test;

/** What every {@link Companies} store does. */
public abstract class CompaniesContract extends PortContract {

    private Companies companies() {
        return ports().companies();
    }

    @Test
    public void a_stored_company_reads_back_equal_by_id_and_by_tax_id() {
        Company company = given().company();

        assertThat(inTransaction(() -> companies().find(company.id()))).hasValueSatisfying(found ->
                assertThat(found).usingRecursiveComparison().isEqualTo(company));
        assertThat(inTransaction(() -> companies().findByTaxId(company.taxId()))).contains(company);
        assertThat(inTransaction(() -> companies().find(new CompanyId(Fixtures.id())))).isEmpty();
    }

    @Test
    public void a_change_not_saved_is_not_visible() {
        Company company = given().company();

        inTransaction(() -> {
            companies().find(company.id()).orElseThrow().deactivate(Fixtures.T0.plusSeconds(1));
        });

        assertThat(inTransaction(() -> companies().find(company.id()))).contains(company);
    }

    @Test
    public void an_update_is_stored_and_answered_at_the_next_version() {
        Company company = given().company();
        Company changed = company.deactivate(Fixtures.T0.plusSeconds(60));

        Company updated = inTransaction(() -> companies().update(changed));

        assertThat(updated.version()).isEqualTo(company.version() + 1);
        assertThat(inTransaction(() -> companies().find(company.id()))).contains(updated);
    }

    @Test
    public void an_update_from_a_stale_version_is_refused() {
        Company company = given().company();
        inTransaction(() -> companies().update(company.deactivate(Fixtures.T0.plusSeconds(1))));

        assertConflict(() -> inTransaction(() -> companies().update(company.withDetails(company.details(),
                Fixtures.T0.plusSeconds(2)))), "company.stale_version");
    }

    @Test
    public void updating_a_company_that_does_not_exist_is_not_found() {
        Company never = Company.create(new CompanyId(Fixtures.id()), given().details("Never stored", given().salesRepresentative()),
                Fixtures.T0);

        assertRefused(() -> inTransaction(() -> companies().update(never)), ErrorKind.NOT_FOUND, "company.not_found");
    }

    @Test
    public void a_tax_id_belongs_to_one_company() {
        User rep = given().salesRepresentative();
        Company first = given().company("First " + Fixtures.unique(), rep);
        CompanyDetails clash = new CompanyDetails("Second", first.taxId(), first.details().customerGroupId(), rep.id(),
                Optional.empty());
        Company second = given().company("Second " + Fixtures.unique(), rep);

        assertConflict(() -> inTransaction(() -> companies().add(Company.create(new CompanyId(Fixtures.id()), clash,
                Fixtures.T0))), "company.tax_id_taken");
        assertConflict(() -> inTransaction(() -> companies().update(second.withDetails(clash, Fixtures.T0))),
                "company.tax_id_taken");
    }

    @Test
    public void the_contact_person_is_a_member_of_the_company() {
        Company company = given().company();
        Company other = given().company();
        Member ofOther = given().member(other);
        Member own = given().member(company);
        Company withForeignContact = Company.restore(company.id(), company.details(), company.status(),
                Optional.of(ofOther.id()), company.createdAt(), company.updatedAt(), company.version());

        assertRefused(() -> inTransaction(() -> companies().update(withForeignContact)), ErrorKind.RULE_VIOLATED,
                "contact_person.not_a_member");

        Company assigned = given().contactPerson(company, own);
        assertThat(inTransaction(() -> companies().find(company.id()))).hasValueSatisfying(c ->
                assertThat(c.contactPerson()).contains(own.id()));
        assertThat(assigned.contactPerson()).contains(own.id());
    }

    @Test
    public void pages_follow_the_case_folded_name_then_the_id_without_gaps_or_repeats() {
        User rep = given().salesRepresentative();
        List<Company> stored = new ArrayList<>();
        for (String name : List.of("beta", "Alpha", "alpha", "Gamma", "ALPHA", "delta", "Beta")) {
            stored.add(given().company(name, rep));
        }
        List<Company> expected = stored.stream()
                .sorted(Comparator.comparing((Company c) -> c.details().nameKey()).thenComparing(c -> c.id().toString()))
                .toList();

        List<Company> paged = new ArrayList<>();
        Optional<Companies.Key> after = Optional.empty();
        Slice<Company> page;
        do {
            Optional<Companies.Key> key = after;
            page = inTransaction(() -> companies().search(byRepresentative(rep, Optional.empty(), key, 3)));
            paged.addAll(page.items());
            after = page.items().isEmpty() ? after : Optional.of(new Companies.Key(page.last().details().nameKey(), page.last().id()));
        } while (page.hasMore());

        assertThat(paged).containsExactlyElementsOf(expected);
    }

    @Test
    public void a_page_that_is_exactly_full_says_nothing_follows() {
        User rep = given().salesRepresentative();
        given().company("One", rep);
        given().company("Two", rep);

        Slice<Company> page = inTransaction(() -> companies().search(byRepresentative(rep, Optional.empty(), Optional.empty(), 2)));

        assertThat(page.items()).hasSize(2);
        assertThat(page.hasMore()).isFalse();
    }

    @Test
    public void text_matches_a_case_insensitive_name_prefix_with_wildcards_taken_literally() {
        User rep = given().salesRepresentative();
        Company percent = given().company("50% Off Supplies", rep);
        given().company("500 Tools", rep);
        Company underscore = given().company("A_B Trading", rep);
        given().company("AxB Trading", rep);

        assertThat(search(rep, "50%")).containsExactly(percent);
        assertThat(search(rep, "a_b")).containsExactly(underscore);
        assertThat(search(rep, "50")).hasSize(2);
    }

    @Test
    public void text_matches_a_tax_id_prefix_in_its_normalised_form() {
        User rep = given().salesRepresentative();
        Company company = given().company("Taxed " + Fixtures.unique(), rep);
        String taxId = company.taxId().value();
        String spaced = taxId.substring(0, 2).toLowerCase() + " " + taxId.substring(2, 6);

        assertThat(search(rep, spaced)).containsExactly(company);
        assertThat(search(rep, taxId)).containsExactly(company);
    }

    @Test
    public void a_text_shorter_than_a_tax_id_search_prefix_matches_only_a_whole_tax_id() {
        User rep = given().salesRepresentative();
        Company company = given().company("Taxed " + Fixtures.unique(), rep);
        String taxId = company.taxId().value();
        CompanyDetails shortId = new CompanyDetails("Short " + Fixtures.unique(),
                new TaxId("Q" + Fixtures.unique().substring(0, 4).toUpperCase(Locale.ROOT)),
                company.details().customerGroupId(), rep.id(), Optional.empty());
        Company shortlyIdentified = inTransaction(() -> companies().add(
                Company.create(new CompanyId(Fixtures.id()), shortId, Fixtures.T0)));

        assertThat(search(rep, taxId.substring(0, TaxId.MIN_SEARCH_PREFIX - 1))).isEmpty();
        assertThat(search(rep, taxId.substring(0, TaxId.MIN_SEARCH_PREFIX))).containsExactly(company);
        assertThat(search(rep, shortlyIdentified.taxId().value().toLowerCase(Locale.ROOT)))
                .containsExactly(shortlyIdentified);
        assertThat(search(rep, shortlyIdentified.taxId().value().substring(0, 4))).isEmpty();
    }

    @Test
    public void only_companies_the_access_filter_admits_are_listed() {
        User rep = given().salesRepresentative();
        Company represented = given().company("Represented " + Fixtures.unique(), rep);
        Company own = given().company();
        var group = represented.details().customerGroupId();

        assertThat(list(new CompanyFilter(false, Optional.of(rep.id()), Optional.empty()), rep)).containsExactly(represented);
        assertThat(list(new CompanyFilter(false, Optional.empty(), Optional.of(own.id())), null)).containsExactly(own);
        assertThat(list(CompanyFilter.NONE, rep)).isEmpty();
        assertThat(inTransaction(() -> companies().search(new Search(CompanyFilter.ALL, Optional.empty(),
                Optional.of(group), Optional.empty(), Optional.empty(), Optional.empty(), 10))).items())
                .containsExactly(represented);
    }

    @Test
    public void status_narrows_the_list() {
        User rep = given().salesRepresentative();
        Company active = given().company("Active", rep);
        Company inactive = given().company("Inactive", rep);
        inTransaction(() -> companies().update(inactive.deactivate(Fixtures.T0)));

        assertThat(inTransaction(() -> companies().search(new Search(CompanyFilter.ALL, Optional.empty(),
                Optional.empty(), Optional.of(rep.id()), Optional.of(CompanyStatus.ACTIVE), Optional.empty(), 10)).items()))
                .containsExactly(active);
    }

    private List<Company> search(User rep, String text) {
        return inTransaction(() -> companies().search(byRepresentative(rep, Optional.of(text), Optional.empty(), 50)).items());
    }

    private List<Company> list(CompanyFilter filter, User rep) {
        return inTransaction(() -> companies().search(new Search(filter, Optional.empty(), Optional.empty(),
                Optional.ofNullable(rep).map(User::id), Optional.empty(), Optional.empty(), 50)).items());
    }

    @Test
    public void a_company_is_read_with_its_billing_address_the_names_it_refers_to_and_its_counts_at_a_time() {
        User representative = given().salesRepresentative();
        User carla = given().customer("Carla", "Contact");
        Company created = given().company("Overview", representative);
        Member contact = given().member(created, carla, Fixtures.T0);
        Company company = given().contactPerson(created, contact);
        given().member(company);
        Member leaving = given().member(company);
        inTransaction(() -> ports().members().update(leaving.disable(company)));
        given().member(given().company());
        AddressId billing = AddressId.random();
        inTransaction(() -> ports().addressBooks().save(AddressBook.empty(company.id()).add(billing, AddressType.BILLING,
                new AddressDetails("Accounts", "Rue 2", "75001", "Paris", Optional.empty(), new CountryCode("FR"),
                        Optional.empty(), Optional.empty(), Optional.empty()), true)));
        invitation(company, "pending", Fixtures.T0);
        invitation(company, "expired", Fixtures.T0.minus(Duration.ofDays(60)));
        inTransaction(() -> ports().invitations().update(
                invitation(company, "revoked", Fixtures.T0).revoke(Fixtures.T0.plusSeconds(1))));
        order(company, "SO-1");
        order(company, "SO-2");
        order(given().company(), "SO-1");

        Companies.Overview overview = inTransaction(() -> companies().findOverview(company.id(),
                Fixtures.T0.plusSeconds(2))).orElseThrow();

        assertThat(overview.company()).isEqualTo(company);
        assertThat(overview.defaultBilling()).hasValueSatisfying(address -> assertThat(address.id()).isEqualTo(billing));
        assertThat(overview.customerGroupName()).isEqualTo(inTransaction(() -> ports().customerGroups()
                .find(company.details().customerGroupId())).orElseThrow().name());
        assertThat(overview.salesRepresentativeName()).isEqualTo(representative.name());
        assertThat(overview.contactPerson())
                .contains(new Companies.ContactPerson(contact.id(), carla.name(), carla.email(), carla.phone()));
        assertThat(List.of(overview.activeMembers(), overview.disabledMembers(), overview.members(),
                overview.pendingInvitations(), overview.expiredInvitations(), overview.orders()))
                .containsExactly(2L, 1L, 3L, 1L, 1L, 2L);
        assertThat(inTransaction(() -> companies().findOverview(company.id(), Fixtures.T0.plus(Duration.ofDays(30)))))
                .hasValueSatisfying(later -> assertThat(List.of(later.pendingInvitations(), later.expiredInvitations()))
                        .containsExactly(0L, 2L));
    }

    @Test
    public void a_company_with_nothing_yet_is_read_with_no_contact_person_no_billing_address_and_zero_counts() {
        Company company = given().company();

        Companies.Overview overview = inTransaction(() -> companies().findOverview(company.id(), Fixtures.T0))
                .orElseThrow();

        assertThat(overview.company()).isEqualTo(company);
        assertThat(overview.defaultBilling()).isEmpty();
        assertThat(overview.contactPerson()).isEmpty();
        assertThat(List.of(overview.activeMembers(), overview.disabledMembers(), overview.pendingInvitations(),
                overview.expiredInvitations(), overview.orders())).containsOnly(0L);
        assertThat(inTransaction(() -> companies().findOverview(new CompanyId(Fixtures.id()), Fixtures.T0))).isEmpty();
    }

    private Invitation invitation(Company company, String email, Instant now) {
        Invitation invitation = given().invitation(company, Fixtures.email(email), now);
        return inTransaction(() -> ports().invitations().add(invitation));
    }

    private void order(Company company, String number) {
        inTransaction(() -> ports().orders().add(Order.record(new OrderId(Fixtures.id()), company, number, Fixtures.T0,
                Optional.empty(), OrderStatus.PLACED, new Money(BigDecimal.TEN, Currency.getInstance("EUR")))));
    }

    private static Search byRepresentative(User rep, Optional<String> text, Optional<Companies.Key> after, int limit) {
        return new Search(CompanyFilter.ALL, text, Optional.empty(), Optional.of(rep.id()), Optional.empty(), after, limit);
    }
}
