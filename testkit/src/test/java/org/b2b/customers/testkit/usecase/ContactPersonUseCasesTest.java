package org.b2b.customers.testkit.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.b2b.customers.application.CustomerManagement;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.member.AssignContactPersonCommand;
import org.b2b.customers.application.member.ListMembersQuery;
import org.b2b.customers.application.member.MemberView;
import org.b2b.customers.application.member.RemoveMemberCommand;
import org.b2b.customers.application.member.UpdateMemberCommand;
import org.b2b.customers.domain.company.MemberId;
import org.b2b.customers.domain.history.HistoryEntry;
import org.b2b.customers.domain.member.MemberStatus;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.shared.ErrorKind;
import org.b2b.customers.domain.shared.FieldError;
import org.b2b.customers.domain.shared.InvalidInputException;
import org.b2b.customers.testkit.InMemorySystem;
import org.b2b.customers.testkit.TestData;
import org.junit.jupiter.api.Test;

class ContactPersonUseCasesTest {

    private final InMemorySystem system = InMemorySystem.start();
    private final CustomerManagement useCases = system.useCases();
    private final TestData data = system.testData();
    private final Actor admin = system.administrator();
    private final CompanyView company = data.company("Acme Industrial", data.salesRepresentative());

    @Test
    void an_active_member_of_the_company_becomes_its_contact_person() {
        MemberView member = data.member(company, "company_admin");

        CompanyView changed = assign(company, member.id().toString());

        assertThat(changed.contactPersonMemberId()).contains(member.id());
        assertThat(changed.version()).isGreaterThan(company.version());
        assertThat(useCases.companies().get().get(admin, company.id())).isEqualTo(changed);
    }

    @Test
    void a_member_of_another_company_cannot_be_the_contact_person() {
        MemberView stranger = data.member(data.company("Other", data.salesRepresentative()), "company_admin");

        assertRefused(() -> assign(company, stranger.id().toString()), "contact_person.not_a_member");
        assertThat(useCases.companies().get().get(admin, company.id()).contactPersonMemberId()).isEmpty();
    }

    @Test
    void an_unknown_member_cannot_be_the_contact_person() {
        assertRefused(() -> assign(company, MemberId.random().toString()), "contact_person.not_a_member");
    }

    @Test
    void a_disabled_member_cannot_be_the_contact_person() {
        MemberView member = data.member(company, "company_admin");
        useCases.members().update().update(admin, UpdateMemberCommand.of(company.id(), member.id()).withStatus("DISABLED"));

        assertRefused(() -> assign(company, member.id().toString()), "contact_person.member_disabled");
    }

    @Test
    void a_contact_person_that_is_not_a_member_id_is_invalid_input() {
        assertThatThrownBy(() -> assign(company, "someone"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("memberId"));
    }

    @Test
    void the_contact_person_cannot_be_removed_until_another_is_chosen() {
        MemberView first = data.member(company, "company_admin");
        MemberView second = data.member(company, "company_admin");
        assign(company, first.id().toString());

        assertConflict(() -> useCases.members().remove().remove(admin, RemoveMemberCommand.of(company.id(), first.id())),
                "contact_person.cannot_be_removed");
        assertThat(members()).extracting(MemberView::id).contains(first.id());

        assign(company, second.id().toString());
        useCases.members().remove().remove(admin, RemoveMemberCommand.of(company.id(), first.id()));
        assertThat(members()).extracting(MemberView::id).containsExactly(second.id());
    }

    @Test
    void the_contact_person_cannot_be_disabled_until_another_is_chosen() {
        MemberView first = data.member(company, "company_admin");
        MemberView second = data.member(company, "company_buyer");
        assign(company, first.id().toString());

        assertConflict(() -> useCases.members().update().update(admin,
                UpdateMemberCommand.of(company.id(), first.id()).withStatus("DISABLED")), "contact_person.cannot_be_disabled");
        assertThat(members()).extracting(MemberView::status).containsOnly(MemberStatus.ACTIVE);

        assign(company, second.id().toString());
        MemberView disabled = useCases.members().update().update(admin,
                UpdateMemberCommand.of(company.id(), first.id()).withStatus("DISABLED"));
        assertThat(disabled.status()).isEqualTo(MemberStatus.DISABLED);
    }

    @Test
    void choosing_the_contact_person_is_kept_in_history() {
        MemberView first = data.member(company, "company_admin");
        MemberView second = data.member(company, "company_admin");
        assign(company, first.id().toString());
        system.clock().advance(Duration.ofMinutes(1));
        assign(company, second.id().toString());

        HistoryEntry latest = system.ports().transactions().inTransaction(() ->
                system.ports().history().listWithActors(company.id(), Optional.empty(), Optional.empty(), 1)
                        .items().get(0).entry());

        assertThat(latest.action()).isEqualTo("company.contact_person_assigned");
        assertThat(latest.details())
                .containsEntry("memberId", second.id().toString())
                .containsEntry("email", second.email())
                .containsEntry("previousMemberId", first.id().toString());
    }

    @Test
    void choosing_the_contact_person_from_a_stale_company_version_is_a_conflict() {
        MemberView member = data.member(company, "company_admin");
        assign(company, member.id().toString());

        assertThatThrownBy(() -> useCases.members().assignContactPerson().assign(admin,
                AssignContactPersonCommand.of(company.id(), member.id().toString()).ifVersion(company.version())))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
                    assertThat(e.code()).isEqualTo("company.stale_version");
                });
    }

    private CompanyView assign(CompanyView target, String memberId) {
        return useCases.members().assignContactPerson().assign(admin, AssignContactPersonCommand.of(target.id(), memberId));
    }

    private List<MemberView> members() {
        return useCases.members().list().list(admin, ListMembersQuery.of(company.id())).items();
    }

    private static void assertRefused(Runnable call, String code) {
        assertRefused(call, ErrorKind.RULE_VIOLATED, code);
    }

    /** Removing and disabling the contact person are one rule, refused alike as a conflict with the current state. */
    private static void assertConflict(Runnable call, String code) {
        assertRefused(call, ErrorKind.CONFLICT, code);
    }

    private static void assertRefused(Runnable call, ErrorKind kind, String code) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.kind()).isEqualTo(kind);
            assertThat(e.code()).isEqualTo(code);
        });
    }
}
