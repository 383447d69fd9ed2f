package org.b2b.customers.testkit.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.b2b.customers.testkit.usecase.Refusals.assertRefused;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.b2b.customers.application.CustomerManagement;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.common.Page;
import org.b2b.customers.application.common.PageRequest;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.company.UpdateCompanyCommand;
import org.b2b.customers.application.invitation.InvitationView;
import org.b2b.customers.application.invitation.InviteMembersCommand;
import org.b2b.customers.application.invitation.Invitee;
import org.b2b.customers.application.invitation.InviterView;
import org.b2b.customers.application.invitation.ListInvitationsQuery;
import org.b2b.customers.application.invitation.RegisterCommand;
import org.b2b.customers.application.invitation.RegistrationLink;
import org.b2b.customers.application.invitation.Registration;
import org.b2b.customers.application.member.MemberView;
import org.b2b.customers.application.member.UpdateMemberCommand;
import org.b2b.customers.application.port.out.DrivenPorts;
import org.b2b.customers.application.port.out.History;
import org.b2b.customers.application.port.out.PreparedMail;
import org.b2b.customers.domain.user.RoleIdentifier;
import org.b2b.customers.domain.history.HistoryEntry;
import org.b2b.customers.domain.invitation.Invitation;
import org.b2b.customers.domain.invitation.InvitationId;
import org.b2b.customers.domain.invitation.InvitationStatus;
import org.b2b.customers.domain.invitation.InvitationTtl;
import org.b2b.customers.domain.shared.ErrorKind;
import org.b2b.customers.domain.shared.FieldError;
import org.b2b.customers.domain.shared.InvalidInputException;
import org.b2b.customers.domain.user.EmailAddress;
import org.b2b.customers.domain.user.RoleIdentifier;
import org.b2b.customers.domain.user.UserId;
import org.b2b.customers.testkit.InMemorySystem;
import org.b2b.customers.testkit.TestData;
import org.junit.jupiter.api.Test;

class InvitationLifecycleTest {

    private static final String EMAIL = "invitee@buyer.example";

    private final InMemorySystem system = InMemorySystem.start();
    private final CustomerManagement useCases = system.useCases();
    private final TestData data = system.testData();
    private final Actor admin = system.administrator();
    private final CompanyView company = data.company("Acme Industrial", data.salesRepresentative());

    @Test
    void an_invitation_is_seen_as_staff_need_it() {
        Instant invitedAt = system.clock().instant();
        InvitationId id = invite(EMAIL, "company_admin");

        assertThat(list(ListInvitationsQuery.all(company.id())).items()).singleElement().satisfies(view -> {
            assertThat(view.id()).isEqualTo(id);
            assertThat(view.companyId()).isEqualTo(company.id());
            assertThat(view.email()).isEqualTo(EMAIL);
            assertThat(view.role()).isEqualTo("company_admin");
            assertThat(view.status()).isEqualTo(InvitationStatus.PENDING);
            assertThat(view.createdAt()).isEqualTo(invitedAt);
            assertThat(view.lastSentAt()).isEqualTo(invitedAt);
            assertThat(view.expiresAt()).isEqualTo(invitedAt.plus(Duration.ofDays(7)));
            assertThat(view.sendCount()).isEqualTo(1);
            assertThat(view.deliveryFailure()).isEmpty();
        });
    }

    @Test
    void an_invitation_names_who_sent_it_as_they_are_called_when_it_is_read() {
        MemberView companyAdmin = data.member(company, "company_admin");
        InvitationId id = useCases.invitations().invite().invite(data.actor(companyAdmin),
                InviteMembersCommand.of(company.id(), new Invitee(EMAIL, "company_buyer")))
                .results().get(0).invitationId().orElseThrow();
        InviterView before = list(ListInvitationsQuery.all(company.id())).items().get(0).invitedBy();

        useCases.members().update().update(admin, UpdateMemberCommand.of(company.id(), companyAdmin.id())
                .withFirstName("Renamed"));

        assertThat(before).isEqualTo(new InviterView(companyAdmin.userId(),
                Optional.of(companyAdmin.firstName() + " " + companyAdmin.lastName())));
        assertThat(list(ListInvitationsQuery.all(company.id())).items()).singleElement()
                .satisfies(view -> assertThat(view.invitedBy()).isEqualTo(new InviterView(companyAdmin.userId(),
                        Optional.of("Renamed " + companyAdmin.lastName()))));
        assertThat(useCases.invitations().resend().resend(admin, company.id(), id).invitedBy().userId())
                .as("resent by someone else, still sent first by").isEqualTo(companyAdmin.userId());
        assertThat(useCases.invitations().revoke().revoke(admin, company.id(), id).invitedBy().name())
                .contains("Renamed " + companyAdmin.lastName());
    }

    @Test
    void an_invitation_whose_sender_no_longer_exists_names_them_by_id_alone() {
        UserId gone = UserId.random();
        DrivenPorts ports = system.ports();
        ports.transactions().inTransaction(() -> ports.invitations().add(Invitation.issue(InvitationId.random(),
                ports.companies().find(company.id()).orElseThrow(), EmailAddress.of(EMAIL),
                ports.roles().find(RoleIdentifier.COMPANY_BUYER).orElseThrow(), gone,
                system.settings().registrationTokens().issue(), InvitationTtl.DEFAULT, system.clock().instant())));

        assertThat(list(ListInvitationsQuery.all(company.id())).items()).singleElement()
                .satisfies(view -> assertThat(view.invitedBy()).isEqualTo(new InviterView(gone, Optional.empty())));
    }

    @Test
    void invitations_are_listed_newest_first_by_status_and_page_by_cursor() {
        InvitationId a = invite("a@buyer.example", "company_buyer");
        system.clock().advance(Duration.ofHours(1));
        InvitationId b = invite("b@buyer.example", "company_buyer");
        system.clock().advance(Duration.ofHours(1));
        InvitationId c = invite("c@buyer.example", "company_buyer");
        useCases.invitations().revoke().revoke(admin, company.id(), b);

        Page<InvitationView> first = list(ListInvitationsQuery.all(company.id()).withPage(PageRequest.first(2)));
        Page<InvitationView> second = list(ListInvitationsQuery.all(company.id())
                .withPage(PageRequest.first(2).after(first.nextCursor().orElseThrow())));

        assertThat(first.items()).extracting(InvitationView::id).containsExactly(c, b);
        assertThat(second.items()).extracting(InvitationView::id).containsExactly(a);
        assertThat(second.nextCursor()).isEmpty();
        assertThat(ids(ListInvitationsQuery.all(company.id()).withStatus("PENDING"))).containsExactly(c, a);
        assertThat(ids(ListInvitationsQuery.all(company.id()).withStatus("revoked"))).containsExactly(b);
        system.clock().advance(Duration.ofDays(7));
        assertThat(ids(ListInvitationsQuery.all(company.id()).withStatus("EXPIRED"))).containsExactly(c, a);
        assertThat(ids(ListInvitationsQuery.all(company.id()).withStatus("PENDING"))).isEmpty();
    }

    @Test
    void an_unknown_status_filter_is_invalid_input() {
        assertThatThrownBy(() -> list(ListInvitationsQuery.all(company.id()).withStatus("OPEN")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("status"));
    }

    @Test
    void copy_link_gives_the_link_of_the_mail_and_it_registers() {
        InvitationId id = invite(EMAIL, "company_buyer");

        String link = useCases.invitations().registrationLink().link(admin, company.id(), id).url().toString();

        assertThat(link).startsWith("http://localhost:7070/register/");
        assertThat(system.mailsTo(EMAIL)).singleElement()
                .satisfies(mail -> assertThat(mail.registrationLink()).contains(link));
        assertThat(register(link).companyId()).isEqualTo(company.id());
    }

    @Test
    void only_a_pending_invitation_has_a_link_to_copy() {
        InvitationId revoked = invite("revoked@buyer.example", "company_buyer");
        useCases.invitations().revoke().revoke(admin, company.id(), revoked);
        InvitationId accepted = invite("accepted@buyer.example", "company_buyer");
        register(useCases.invitations().registrationLink().link(admin, company.id(), accepted).url().toString());
        InvitationId expired = invite("expired@buyer.example", "company_buyer");
        system.clock().advance(Duration.ofDays(7));

        assertRefused(() -> useCases.invitations().registrationLink().link(admin, company.id(), revoked), ErrorKind.CONFLICT, "invitation.revoked");
        assertRefused(() -> useCases.invitations().registrationLink().link(admin, company.id(), accepted), ErrorKind.CONFLICT, "invitation.accepted");
        assertRefused(() -> useCases.invitations().registrationLink().link(admin, company.id(), expired), ErrorKind.CONFLICT, "invitation.expired");
    }

    @Test
    void a_page_gets_the_links_of_its_pending_invitations_at_once_and_none_of_another_company() {
        InvitationId pending = invite("pending@buyer.example", "company_buyer");
        InvitationId revoked = invite("revoked@buyer.example", "company_buyer");
        useCases.invitations().revoke().revoke(admin, company.id(), revoked);
        CompanyView other = data.company("Other Works", data.salesRepresentative());
        InvitationId elsewhere = useCases.invitations().invite().invite(admin,
                InviteMembersCommand.of(other.id(), new Invitee(EMAIL, "company_buyer"))).results().get(0)
                .invitationId().orElseThrow();

        Map<InvitationId, RegistrationLink> links = useCases.invitations().registrationLink().links(admin,
                company.id(), List.of(pending, revoked, elsewhere, InvitationId.random()));

        assertThat(links).containsOnlyKeys(pending);
        assertThat(links.get(pending).url().toString()).isEqualTo(linkOf(pending));
        system.clock().advance(Duration.ofDays(7));
        assertThat(useCases.invitations().registrationLink().links(admin, company.id(), List.of(pending))).isEmpty();
    }

    @Test
    void the_links_of_more_invitations_than_a_page_holds_or_asked_by_a_buyer_are_refused() {
        InvitationId id = invite(EMAIL, "company_buyer");
        Actor buyer = Actor.of(data.invitedMember(company, "company_buyer").userId());
        List<InvitationId> tooMany = Stream.generate(InvitationId::random).limit(PageRequest.MAX_LIMIT + 1).toList();

        assertThatThrownBy(() -> useCases.invitations().registrationLink().links(admin, company.id(), tooMany))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("invitationIds"));
        assertRefused(() -> useCases.invitations().registrationLink().links(buyer, company.id(), List.of(id)),
                ErrorKind.FORBIDDEN, "access.denied");
    }

    @Test
    void one_invitation_is_read_as_the_list_shows_it_with_its_status_at_the_time_of_reading() {
        InvitationId id = invite(EMAIL, "company_buyer");
        system.clock().advance(Duration.ofDays(7));

        assertThat(useCases.invitations().get().get(admin, company.id(), id))
                .isEqualTo(list(ListInvitationsQuery.all(company.id())).items().get(0))
                .satisfies(view -> assertThat(view.status()).isEqualTo(InvitationStatus.EXPIRED));
    }

    @Test
    void an_invitation_of_another_company_is_not_found_through_this_one() {
        CompanyView other = data.company("Other Works", data.salesRepresentative());
        InvitationId elsewhere = useCases.invitations().invite().invite(admin,
                InviteMembersCommand.of(other.id(), new Invitee(EMAIL, "company_buyer"))).results().get(0).invitationId().orElseThrow();

        assertRefused(() -> useCases.invitations().get().get(admin, company.id(), elsewhere), ErrorKind.NOT_FOUND,
                "invitation.not_found");
        assertRefused(() -> useCases.invitations().registrationLink().link(admin, company.id(), elsewhere), ErrorKind.NOT_FOUND, "invitation.not_found");
        assertRefused(() -> useCases.invitations().resend().resend(admin, company.id(), elsewhere), ErrorKind.NOT_FOUND, "invitation.not_found");
        assertRefused(() -> useCases.invitations().revoke().revoke(admin, company.id(), elsewhere), ErrorKind.NOT_FOUND, "invitation.not_found");
    }

    @Test
    void an_invitation_expires_after_its_time_and_its_link_is_refused_from_then_on() {
        InvitationId id = invite(EMAIL, "company_buyer");
        String link = linkOf(id);
        system.clock().advance(Duration.ofDays(7).minusSeconds(1));
        assertThat(useCases.invitations().viewRegistration().view(TestData.tokenOf(link)).email()).isEqualTo(EMAIL);

        system.clock().advance(Duration.ofSeconds(1));

        assertThat(list(ListInvitationsQuery.all(company.id())).items()).extracting(InvitationView::status)
                .containsExactly(InvitationStatus.EXPIRED);
        assertRefused(() -> useCases.invitations().viewRegistration().view(TestData.tokenOf(link)), ErrorKind.GONE, "invitation.expired");
        assertRefused(() -> register(link), ErrorKind.GONE, "invitation.expired");
        assertThat(system.mailsTo(EMAIL)).isEmpty();
    }

    @Test
    void how_long_an_invitation_stays_valid_is_configured() {
        InMemorySystem shortLived = InMemorySystem.startWithInvitationTtl(Duration.ofDays(2));
        CompanyView acme = shortLived.testData().company("Acme", shortLived.testData().salesRepresentative());
        shortLived.useCases().invitations().invite().invite(shortLived.administrator(),
                InviteMembersCommand.of(acme.id(), new Invitee(EMAIL, "company_buyer")));

        assertThat(shortLived.useCases().invitations().list().list(shortLived.administrator(), ListInvitationsQuery.all(acme.id()))
                .items()).extracting(InvitationView::expiresAt)
                .containsExactly(InMemorySystem.DEFAULT_START.plus(Duration.ofDays(2)));
    }

    @Test
    void resending_a_pending_invitation_keeps_its_link_and_gives_it_more_time() {
        InvitationId id = invite(EMAIL, "company_buyer");
        String link = linkOf(id);
        system.clock().advance(Duration.ofDays(5));

        InvitationView resent = useCases.invitations().resend().resend(admin, company.id(), id);

        assertThat(resent.sendCount()).isEqualTo(2);
        assertThat(resent.lastSentAt()).isEqualTo(system.clock().instant());
        assertThat(resent.expiresAt()).isEqualTo(system.clock().instant().plus(Duration.ofDays(7)));
        assertThat(linkOf(id)).isEqualTo(link);
        assertThat(system.mailsTo(EMAIL)).singleElement().satisfies(mail -> {
            assertThat(mail.registrationLink()).contains(link);
            assertThat(mail.data()).containsEntry("expiresAt", resent.expiresAt().toString());
        });
    }

    @Test
    void resending_an_expired_invitation_renews_it_with_a_new_link_and_the_old_link_stops_working() {
        InvitationId id = invite(EMAIL, "company_buyer");
        String oldLink = system.mailsTo(EMAIL).get(0).registrationLink().orElseThrow();
        system.clock().advance(Duration.ofDays(8));
        assertThat(system.mailsTo(EMAIL)).isEmpty();

        InvitationView renewed = useCases.invitations().resend().resend(admin, company.id(), id);

        assertThat(renewed.status()).isEqualTo(InvitationStatus.PENDING);
        List<PreparedMail> mails = system.mailsTo(EMAIL);
        assertThat(mails).hasSize(1);
        String newLink = mails.get(0).registrationLink().orElseThrow();
        assertThat(newLink).isNotEqualTo(oldLink);
        assertRefused(() -> register(oldLink), ErrorKind.NOT_FOUND, "invitation.not_found");
        assertThat(register(newLink).companyId()).isEqualTo(company.id());
    }

    @Test
    void a_revoked_invitation_cannot_be_used_sent_or_revoked_again() {
        InvitationId id = invite(EMAIL, "company_buyer");
        String link = linkOf(id);

        InvitationView revoked = useCases.invitations().revoke().revoke(admin, company.id(), id);

        assertThat(revoked.status()).isEqualTo(InvitationStatus.REVOKED);
        assertRefused(() -> useCases.invitations().viewRegistration().view(TestData.tokenOf(link)), ErrorKind.GONE, "invitation.revoked");
        assertRefused(() -> register(link), ErrorKind.GONE, "invitation.revoked");
        assertRefused(() -> useCases.invitations().resend().resend(admin, company.id(), id), ErrorKind.CONFLICT, "invitation.revoked");
        assertRefused(() -> useCases.invitations().revoke().revoke(admin, company.id(), id), ErrorKind.CONFLICT, "invitation.revoked");
        assertThat(system.mailsTo(EMAIL)).isEmpty();
    }

    @Test
    void an_accepted_invitation_can_be_neither_resent_nor_revoked() {
        InvitationId id = invite(EMAIL, "company_buyer");
        register(linkOf(id));

        assertRefused(() -> useCases.invitations().resend().resend(admin, company.id(), id), ErrorKind.CONFLICT, "invitation.accepted");
        assertRefused(() -> useCases.invitations().revoke().revoke(admin, company.id(), id), ErrorKind.CONFLICT, "invitation.accepted");
    }

    @Test
    void the_invitations_of_a_deactivated_company_cannot_be_accepted_until_it_is_reactivated() {
        InvitationId id = invite(EMAIL, "company_buyer");
        String link = linkOf(id);
        useCases.companies().update().update(admin, UpdateCompanyCommand.of(company.id()).withStatus("DEACTIVATED"));

        assertRefused(() -> useCases.invitations().viewRegistration().view(TestData.tokenOf(link)), ErrorKind.GONE, "company.deactivated");
        assertRefused(() -> register(link), ErrorKind.GONE, "company.deactivated");
        assertRefused(() -> useCases.invitations().resend().resend(admin, company.id(), id), ErrorKind.RULE_VIOLATED, "company.deactivated");
        assertThat(system.mailsTo(EMAIL)).isEmpty();

        useCases.companies().update().update(admin, UpdateCompanyCommand.of(company.id()).withStatus("ACTIVE"));

        assertThat(useCases.invitations().viewRegistration().view(TestData.tokenOf(link)).companyName()).isEqualTo("Acme Industrial");
        assertThat(register(link).companyId()).isEqualTo(company.id());
    }

    @Test
    void a_buyer_can_neither_list_nor_copy_resend_or_revoke_invitations() {
        InvitationId id = invite(EMAIL, "company_buyer");
        Actor buyer = Actor.of(data.invitedMember(company, "company_buyer").userId());

        assertRefused(() -> useCases.invitations().list().list(buyer, ListInvitationsQuery.all(company.id())), ErrorKind.FORBIDDEN, "access.denied");
        assertRefused(() -> useCases.invitations().registrationLink().link(buyer, company.id(), id), ErrorKind.FORBIDDEN, "access.denied");
        assertRefused(() -> useCases.invitations().resend().resend(buyer, company.id(), id), ErrorKind.FORBIDDEN, "access.denied");
        assertRefused(() -> useCases.invitations().revoke().revoke(buyer, company.id(), id), ErrorKind.FORBIDDEN, "access.denied");
    }

    @Test
    void a_sales_representative_of_another_company_finds_none_of_its_invitations() {
        InvitationId id = invite(EMAIL, "company_buyer");
        Actor stranger = data.actor(data.salesRepresentative());

        assertRefused(() -> useCases.invitations().list().list(stranger, ListInvitationsQuery.all(company.id())), ErrorKind.NOT_FOUND, "company.not_found");
        assertRefused(() -> useCases.invitations().registrationLink().link(stranger, company.id(), id), ErrorKind.NOT_FOUND, "company.not_found");
        assertRefused(() -> useCases.invitations().resend().resend(stranger, company.id(), id), ErrorKind.NOT_FOUND, "company.not_found");
        assertRefused(() -> useCases.invitations().revoke().revoke(stranger, company.id(), id), ErrorKind.NOT_FOUND, "company.not_found");
    }

    @Test
    void every_step_of_an_invitation_is_kept_in_the_company_history() {
        InvitationId first = invite(EMAIL, "company_buyer");
        useCases.invitations().resend().resend(admin, company.id(), first);
        useCases.invitations().revoke().revoke(admin, company.id(), first);
        InvitationId second = invite(EMAIL, "company_buyer");
        Registration registration = register(linkOf(second));

        List<HistoryEntry> entries = system.ports().transactions().inTransaction(() ->
                system.ports().history().listWithActors(company.id(), Optional.empty(), Optional.empty(), 100)
                        .items().stream().map(History.WithActor::entry).toList());

        assertThat(entries).filteredOn(e -> e.action().startsWith("invitation."))
                .extracting(HistoryEntry::action, e -> e.details().get("invitationId"))
                .containsExactlyInAnyOrder(
                        tuple("invitation.created", first.toString()),
                        tuple("invitation.resent", first.toString()),
                        tuple("invitation.revoked", first.toString()),
                        tuple("invitation.created", second.toString()),
                        tuple("invitation.accepted", second.toString()));
        assertThat(entries).filteredOn(e -> e.action().equals("invitation.accepted")).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo(registration.userId());
            assertThat(e.details()).containsEntry("memberId", registration.memberId().toString());
        });
    }

    private InvitationId invite(String email, String role) {
        return useCases.invitations().invite().invite(admin, InviteMembersCommand.of(company.id(), new Invitee(email, role)))
                .results().get(0).invitationId().orElseThrow();
    }

    private String linkOf(InvitationId id) {
        return useCases.invitations().registrationLink().link(admin, company.id(), id).url().toString();
    }

    private Registration register(String link) {
        return useCases.invitations().register().register(new RegisterCommand(TestData.tokenOf(link), "Ina", "Vitee", TestData.PASSWORD));
    }

    private Page<InvitationView> list(ListInvitationsQuery query) {
        return useCases.invitations().list().list(admin, query);
    }

    private List<InvitationId> ids(ListInvitationsQuery query) {
        return list(query).items().stream().map(InvitationView::id).toList();
    }
}
