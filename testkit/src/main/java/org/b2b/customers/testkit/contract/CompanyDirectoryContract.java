package org.b2b.customers.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.b2b.customers.application.port.out.Companies;
import org.b2b.customers.application.port.out.Companies.DirectoryEntry;
import org.b2b.customers.application.port.out.Companies.DirectoryFilter;
import org.b2b.customers.application.port.out.Companies.DirectoryKey;
import org.b2b.customers.application.port.out.Companies.DirectoryOrder;
import org.b2b.customers.application.port.out.Companies.DirectorySearch;
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
import org.b2b.customers.domain.group.CustomerGroup;
import org.b2b.customers.domain.member.Member;
import org.b2b.customers.domain.user.User;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Companies} store does for the Back Office's directory. Each test makes its own sales
 * representative and looks only at their companies, since a runner may share one database between tests.
 */
public abstract class CompanyDirectoryContract extends PortContract {

    private Companies companies() {
        return ports().companies();
    }

    @Test
    public void a_row_holds_the_names_of_group_representative_and_contact_person_the_members_and_the_billing_country() {
        User rep = given().salesRepresentative();
        CustomerGroup group = given().customerGroup();
        Company company = company("Named " + Fixtures.unique(), rep, group, Fixtures.T0);
        Member contact = given().member(company, given().customer("Clara", "Contact"), Fixtures.T0);
        Member disabled = given().member(company);
        inTransaction(() -> ports().members().update(disabled.disable(companies().find(company.id()).orElseThrow())));
        given().contactPerson(company, contact);
        addresses(company, "FR", "DE");
        Company bare = company("Bare " + Fixtures.unique(), rep, group, Fixtures.T0);

        List<DirectoryEntry> rows = page(search(ofRepresentative(rep), DirectoryOrder.NAME, false, 10)).items();

        assertThat(rows).extracting(DirectoryEntry::id).containsExactly(bare.id(), company.id());
        DirectoryEntry named = rows.get(1);
        assertThat(named.name()).isEqualTo(company.details().name());
        assertThat(named.taxId()).isEqualTo(company.taxId().value());
        assertThat(named.customerGroupId()).isEqualTo(group.id());
        assertThat(named.customerGroupName()).isEqualTo(group.name());
        assertThat(named.salesRepresentativeId()).isEqualTo(rep.id());
        assertThat(named.salesRepresentativeName()).isEqualTo(rep.name().firstName() + " " + rep.name().lastName());
        assertThat(named.contactPersonMemberId()).contains(contact.id());
        assertThat(named.contactPersonName()).contains("Clara Contact");
        assertThat(named.status()).isEqualTo(CompanyStatus.ACTIVE);
        assertThat(named.members()).isEqualTo(2);
        assertThat(named.country()).contains("DE");
        assertThat(named.createdAt()).isEqualTo(Fixtures.T0);
        DirectoryEntry plain = rows.get(0);
        assertThat(plain.contactPersonMemberId()).isEmpty();
        assertThat(plain.contactPersonName()).isEmpty();
        assertThat(plain.members()).isZero();
        assertThat(plain.country()).isEmpty();
    }

    @Test
    public void every_filter_narrows_the_rows_and_the_count_alike() {
        User rep = given().salesRepresentative();
        CustomerGroup group = given().customerGroup();
        CustomerGroup other = given().customerGroup();
        String unique = Fixtures.unique();
        Company german = company("Zeta " + unique, rep, group, Fixtures.T0);
        addresses(german, null, "DE");
        Company french = company("Omega " + unique, rep, other, Fixtures.T0);
        addresses(french, null, "FR");
        Company inactive = company("Zebra " + unique, rep, group, Fixtures.T0);
        inTransaction(() -> companies().update(inactive.deactivate(Fixtures.T0.plusSeconds(1))));
        DirectoryFilter all = ofRepresentative(rep);

        assertMatches(all, german, french, inactive);
        assertMatches(with(all, Optional.of("ZE"), null, null, null), german, inactive);
        assertMatches(with(all, Optional.of(french.taxId().value().toLowerCase(Locale.ROOT)), null, null, null), french);
        assertMatches(with(all, null, Optional.of(group), null, null), german, inactive);
        assertMatches(with(all, null, null, Optional.of(CompanyStatus.DEACTIVATED), null), inactive);
        assertMatches(with(all, null, null, Optional.of(CompanyStatus.ACTIVE), null), german, french);
        assertMatches(with(all, null, null, null, Optional.of(new CountryCode("FR"))), french);
        assertMatches(with(all, Optional.of("zeta"), Optional.of(group), Optional.of(CompanyStatus.ACTIVE),
                Optional.of(new CountryCode("DE"))), german);
        assertMatches(with(all, null, null, null, Optional.of(new CountryCode("IT"))));
    }

    @Test
    public void a_sales_representative_sees_only_the_companies_they_represent() {
        User rep = given().salesRepresentative();
        User other = given().salesRepresentative();
        CustomerGroup group = given().customerGroup();
        Company own = company("Own " + Fixtures.unique(), rep, group, Fixtures.T0);
        company("Foreign " + Fixtures.unique(), other, group, Fixtures.T0);
        DirectoryFilter visible = new DirectoryFilter(new CompanyFilter(false, Optional.of(rep.id()), Optional.empty()),
                Optional.empty(), Optional.of(group.id()), Optional.empty(), Optional.empty(), Optional.empty());

        assertThat(page(search(visible, DirectoryOrder.NAME, false, 10)).items()).extracting(DirectoryEntry::id)
                .containsExactly(own.id());
        assertThat(inTransaction(() -> companies().countUpTo(visible, 10))).isEqualTo(1);
        DirectoryFilter none = new DirectoryFilter(CompanyFilter.NONE, Optional.empty(), Optional.of(group.id()),
                Optional.empty(), Optional.empty(), Optional.empty());
        assertThat(page(search(none, DirectoryOrder.NAME, false, 10)).items()).isEmpty();
    }

    @Test
    public void each_order_sorts_both_ways() {
        User rep = given().salesRepresentative();
        CustomerGroup group = given().customerGroup();
        List<Company> stored = new ArrayList<>();
        stored.add(company("beta", rep, group, Fixtures.T0.plusSeconds(30)));
        stored.add(company("Alpha", rep, group, Fixtures.T0.plusSeconds(10)));
        stored.add(company("delta", rep, group, Fixtures.T0.plusSeconds(20)));
        stored.add(company("Gamma", rep, group, Fixtures.T0.plusSeconds(40)));
        // Changed in an order of their own, so that each order sorts them differently.
        List<Company> changed = List.of(update(stored.get(3), 50), update(stored.get(1), 60), update(stored.get(0), 70),
                update(stored.get(2), 80));

        for (DirectoryOrder order : DirectoryOrder.values()) {
            for (boolean descending : List.of(false, true)) {
                Comparator<Company> expected = comparator(order);
                List<CompanyId> ids = changed.stream().sorted(descending ? expected.reversed() : expected)
                        .map(Company::id).toList();
                assertThat(page(search(ofRepresentative(rep), order, descending, 10)).items())
                        .as("%s %s", order, descending ? "descending" : "ascending")
                        .extracting(DirectoryEntry::id).containsExactlyElementsOf(ids);
            }
        }
    }

    @Test
    public void ties_in_the_sorted_column_are_broken_by_id_in_the_same_direction() {
        User rep = given().salesRepresentative();
        CustomerGroup group = given().customerGroup();
        List<Company> stored = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            stored.add(company("Tied " + Fixtures.unique(), rep, group, Fixtures.T0));
        }
        List<CompanyId> byId = stored.stream().map(Company::id).sorted(Comparator.comparing(CompanyId::toString)).toList();
        List<CompanyId> byIdDescending = new ArrayList<>(byId);
        Collections.reverse(byIdDescending);

        assertThat(page(search(ofRepresentative(rep), DirectoryOrder.CREATED, false, 10)).items())
                .extracting(DirectoryEntry::id).containsExactlyElementsOf(byId);
        assertThat(page(search(ofRepresentative(rep), DirectoryOrder.CREATED, true, 10)).items())
                .extracting(DirectoryEntry::id).containsExactlyElementsOf(byIdDescending);
    }

    @Test
    public void pages_go_forward_and_back_over_three_pages_without_losing_or_repeating_a_row() {
        User rep = given().salesRepresentative();
        CustomerGroup group = given().customerGroup();
        List<Company> stored = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            // Pairs share a creation time, so that pages break inside a tie.
            stored.add(company("Paged " + Fixtures.unique(), rep, group, Fixtures.T0.plusSeconds(i / 2)));
        }
        for (DirectoryOrder order : DirectoryOrder.values()) {
            for (boolean descending : List.of(false, true)) {
                Comparator<Company> expected = comparator(order);
                List<CompanyId> all = stored.stream().sorted(descending ? expected.reversed() : expected)
                        .map(Company::id).toList();
                DirectorySearch first = search(ofRepresentative(rep), order, descending, 3);

                Slice<DirectoryEntry> one = page(first);
                Slice<DirectoryEntry> two = page(from(first, one.last().key(order), false));
                Slice<DirectoryEntry> three = page(from(first, two.last().key(order), false));
                Slice<DirectoryEntry> backToTwo = page(from(first, three.items().get(0).key(order), true));
                Slice<DirectoryEntry> backToOne = page(from(first, backToTwo.items().get(0).key(order), true));

                String how = order + (descending ? " descending" : " ascending");
                assertThat(ids(one)).as(how).containsExactlyElementsOf(all.subList(0, 3));
                assertThat(ids(two)).as(how).containsExactlyElementsOf(all.subList(3, 6));
                assertThat(ids(three)).as(how).containsExactlyElementsOf(all.subList(6, 7));
                assertThat(List.of(one.hasMore(), two.hasMore(), three.hasMore())).as(how).containsExactly(true, true, false);
                assertThat(ids(backToTwo)).as(how).containsExactlyElementsOf(all.subList(3, 6));
                assertThat(backToTwo.hasMore()).as(how).isTrue();
                assertThat(ids(backToOne)).as(how).containsExactlyElementsOf(all.subList(0, 3));
                assertThat(backToOne.hasMore()).as(how).isFalse();
            }
        }
    }

    @Test
    public void the_count_is_exact_up_to_the_cap_and_stops_just_past_it() {
        User rep = given().salesRepresentative();
        CustomerGroup group = given().customerGroup();
        for (int i = 0; i < 5; i++) {
            Company company = company("Counted " + Fixtures.unique(), rep, group, Fixtures.T0);
            addresses(company, null, i < 2 ? "AT" : "BE");
        }
        DirectoryFilter all = ofRepresentative(rep);

        assertThat(inTransaction(() -> companies().countUpTo(all, 10))).isEqualTo(5);
        assertThat(inTransaction(() -> companies().countUpTo(all, 5))).isEqualTo(5);
        assertThat(inTransaction(() -> companies().countUpTo(all, 3))).isEqualTo(4);
        assertThat(inTransaction(() -> companies().countUpTo(
                with(all, null, null, null, Optional.of(new CountryCode("AT"))), 10))).isEqualTo(2);
    }

    private void assertMatches(DirectoryFilter filter, Company... expected) {
        assertThat(page(search(filter, DirectoryOrder.NAME, false, 10)).items()).extracting(DirectoryEntry::id)
                .containsExactlyInAnyOrder(List.of(expected).stream().map(Company::id).toArray(CompanyId[]::new));
        assertThat(inTransaction(() -> companies().countUpTo(filter, 10))).isEqualTo(expected.length);
    }

    private Slice<DirectoryEntry> page(DirectorySearch search) {
        return inTransaction(() -> companies().directory(search));
    }

    private static List<CompanyId> ids(Slice<DirectoryEntry> slice) {
        return slice.items().stream().map(DirectoryEntry::id).toList();
    }

    private static DirectorySearch search(DirectoryFilter filter, DirectoryOrder order, boolean descending, int limit) {
        return new DirectorySearch(filter, order, descending, Optional.empty(), false, limit);
    }

    private static DirectorySearch from(DirectorySearch search, DirectoryKey key, boolean backward) {
        return new DirectorySearch(search.filter(), search.order(), search.descending(), Optional.of(key), backward,
                search.limit());
    }

    private static DirectoryFilter ofRepresentative(User rep) {
        return new DirectoryFilter(CompanyFilter.ALL, Optional.empty(), Optional.empty(), Optional.of(rep.id()),
                Optional.empty(), Optional.empty());
    }

    /** The filter with the given parts replaced; null keeps a part as it is. */
    private static DirectoryFilter with(DirectoryFilter filter, Optional<String> text, Optional<CustomerGroup> group,
            Optional<CompanyStatus> status, Optional<CountryCode> country) {
        return new DirectoryFilter(filter.access(), text == null ? filter.text() : text,
                group == null ? filter.customerGroupId() : group.map(CustomerGroup::id), filter.salesRepresentativeId(),
                status == null ? filter.status() : status, country == null ? filter.country() : country);
    }

    private static Comparator<Company> comparator(DirectoryOrder order) {
        Comparator<Company> byColumn = switch (order) {
            case NAME -> Comparator.comparing(c -> c.details().nameKey());
            case CREATED -> Comparator.comparing(Company::createdAt);
            case UPDATED -> Comparator.comparing(Company::updatedAt);
        };
        return byColumn.thenComparing(c -> c.id().toString());
    }

    private Company company(String name, User rep, CustomerGroup group, Instant createdAt) {
        CompanyDetails details = new CompanyDetails(name, Fixtures.taxId(), group.id(), rep.id(), Optional.empty());
        return inTransaction(() -> companies().add(Company.create(new CompanyId(Fixtures.id()), details, createdAt)));
    }

    private Company update(Company company, long secondsAfterT0) {
        return inTransaction(() -> companies().update(company.withDetails(company.details(),
                Fixtures.T0.plusSeconds(secondsAfterT0))));
    }

    /** Stores the company's address book: a billing address in each country, the last the default. */
    private void addresses(Company company, String firstBilling, String defaultBilling) {
        inTransaction(() -> {
            AddressBook book = ports().addressBooks().load(company.id());
            if (firstBilling != null) {
                book = book.add(new AddressId(Fixtures.id()), AddressType.BILLING, address(firstBilling), true);
            }
            book = book.add(new AddressId(Fixtures.id()), AddressType.SHIPPING, address("IT"), true);
            book = book.add(new AddressId(Fixtures.id()), AddressType.BILLING, address(defaultBilling), true);
            ports().addressBooks().save(book);
        });
    }

    private static AddressDetails address(String country) {
        return new AddressDetails("Office", "Street 1", "12345", "City", Optional.empty(), new CountryCode(country),
                Optional.empty(), Optional.empty(), Optional.empty());
    }
}
