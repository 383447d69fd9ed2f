package org.b2b.customers.domain.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.b2b.customers.domain.access.BuiltInRoles;
import org.b2b.customers.domain.company.Company;
import org.b2b.customers.domain.company.CompanyDetails;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.company.MemberId;
import org.b2b.customers.domain.company.TaxId;
import org.b2b.customers.domain.group.CustomerGroupId;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.shared.ErrorKind;
import org.b2b.customers.domain.shared.InvalidInputException;
import org.b2b.customers.domain.user.EmailAddress;
import org.b2b.customers.domain.user.RoleIdentifier;
import org.b2b.customers.domain.user.UserId;
import org.junit.jupiter.api.Test;

class InvitationTest {

    private static final Instant SENT = Instant.parse("2025-03-01T09:00:00Z");
    private static final Instant EXPIRES = SENT.plus(Duration.ofDays(7));

    private final RegistrationTokens tokens = new RegistrationTokens(RegistrationTokens.newKey());
    private final Company company = company();

    @Test
    void a_new_invitation_is_pending_sent_once_and_expires_after_its_time() {
        Invitation invitation = issue();

        assertThat(invitation.statusAt(SENT)).isEqualTo(InvitationStatus.PENDING);
        assertThat(invitation.isOpen()).isTrue();
        assertThat(invitation.sendCount()).isEqualTo(1);
        assertThat(invitation.createdAt()).isEqualTo(SENT);
        assertThat(invitation.lastSentAt()).isEqualTo(SENT);
        assertThat(invitation.expiresAt()).isEqualTo(EXPIRES);
        assertThat(invitation.role()).isEqualTo(RoleIdentifier.COMPANY_BUYER);
        assertThat(invitation.companyId()).isEqualTo(company.id());
        assertThat(invitation.version()).isEqualTo(1);
    }

    @Test
    void a_deactivated_company_cannot_invite() {
        Company deactivated = company.deactivate(SENT);

        assertThatThrownBy(() -> Invitation.issue(InvitationId.random(), deactivated, EmailAddress.of("new@acme.example"),
                BuiltInRoles.companyBuyer(), UserId.random(), tokens.issue(), InvitationTtl.DEFAULT, SENT))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.RULE_VIOLATED);
                    assertThat(e.code()).isEqualTo("company.deactivated");
                });
    }

    @Test
    void an_invitation_is_for_a_company_role_only() {
        assertThatThrownBy(() -> Invitation.issue(InvitationId.random(), company, EmailAddress.of("new@acme.example"),
                BuiltInRoles.administrator(), UserId.random(), tokens.issue(), InvitationTtl.DEFAULT, SENT))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).code()).isEqualTo("not_a_company_role"));
        assertThatThrownBy(() -> Invitation.issue(InvitationId.random(), company, EmailAddress.of("new@acme.example"),
                BuiltInRoles.corporateAccess(), UserId.random(), tokens.issue(), InvitationTtl.DEFAULT, SENT))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void an_invitation_expires_exactly_at_its_expiry() {
        Invitation invitation = issue();

        assertThat(invitation.statusAt(EXPIRES.minusNanos(1))).isEqualTo(InvitationStatus.PENDING);
        assertThat(invitation.statusAt(EXPIRES)).isEqualTo(InvitationStatus.EXPIRED);
        assertThat(invitation.isOpen()).as("an expired invitation still blocks a second one").isTrue();
    }

    @Test
    void a_pending_invitation_is_accepted_once() {
        MemberId member = MemberId.random();
        Instant at = SENT.plusSeconds(60);

        Invitation accepted = issue().accept(company, member, at);

        assertThat(accepted.statusAt(at)).isEqualTo(InvitationStatus.ACCEPTED);
        assertThat(accepted.statusAt(EXPIRES.plusSeconds(1))).as("accepted stays accepted").isEqualTo(InvitationStatus.ACCEPTED);
        assertThat(accepted.acceptedAs()).contains(member);
        assertThat(accepted.closedAt()).contains(at);
        assertThat(accepted.isOpen()).isFalse();
    }

    @Test
    void an_accepted_invitation_cannot_be_accepted_again() {
        Invitation accepted = issue().accept(company, MemberId.random(), SENT.plusSeconds(60));

        assertThatThrownBy(() -> accepted.accept(company, MemberId.random(), SENT.plusSeconds(120)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.GONE);
                    assertThat(e.code()).isEqualTo("invitation.accepted");
                    assertThat(e.getMessage()).contains("used already");
                });
    }

    @Test
    void an_expired_invitation_cannot_be_accepted() {
        assertThatThrownBy(() -> issue().accept(company, MemberId.random(), EXPIRES))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("invitation.expired");
                    assertThat(e.getMessage()).contains("sent again");
                });
    }

    @Test
    void a_revoked_invitation_cannot_be_accepted() {
        Invitation revoked = issue().revoke(SENT.plusSeconds(60));

        assertThat(revoked.statusAt(SENT.plusSeconds(60))).isEqualTo(InvitationStatus.REVOKED);
        assertThat(revoked.closedAt()).contains(SENT.plusSeconds(60));
        assertThatThrownBy(() -> revoked.accept(company, MemberId.random(), SENT.plusSeconds(120)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("invitation.revoked"));
    }

    @Test
    void a_closed_invitation_cannot_be_revoked() {
        Invitation revoked = issue().revoke(SENT);
        Invitation accepted = issue().accept(company, MemberId.random(), SENT);

        assertThatThrownBy(() -> revoked.revoke(SENT)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo("invitation.revoked"));
        assertThatThrownBy(() -> accepted.revoke(SENT)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo("invitation.accepted"));
    }

    @Test
    void an_expired_invitation_can_be_revoked() {
        assertThat(issue().revoke(EXPIRES.plusSeconds(1)).statusAt(EXPIRES.plusSeconds(1)))
                .isEqualTo(InvitationStatus.REVOKED);
    }

    @Test
    void a_deactivated_company_cannot_accept_its_invitations() {
        Invitation invitation = issue();
        Company deactivated = company.deactivate(SENT.plusSeconds(30));

        assertThatThrownBy(() -> invitation.accept(deactivated, MemberId.random(), SENT.plusSeconds(60)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.GONE);
                    assertThat(e.code()).isEqualTo("company.deactivated");
                });
        assertThat(invitation.accept(deactivated.reactivate(SENT.plusSeconds(40)), MemberId.random(), SENT.plusSeconds(60))
                .statusAt(SENT.plusSeconds(60))).as("reactivation restores it").isEqualTo(InvitationStatus.ACCEPTED);
    }

    @Test
    void resending_a_pending_invitation_renews_its_expiry_and_keeps_its_link() {
        Invitation invitation = issue();
        Instant resent = SENT.plus(Duration.ofDays(3));

        Invitation again = invitation.resend(InvitationTtl.DEFAULT, tokens, resent);

        assertThat(again.statusAt(resent)).isEqualTo(InvitationStatus.PENDING);
        assertThat(again.expiresAt()).isEqualTo(resent.plus(Duration.ofDays(7)));
        assertThat(again.lastSentAt()).isEqualTo(resent);
        assertThat(again.sendCount()).isEqualTo(2);
        assertThat(again.secret()).isEqualTo(invitation.secret());
        assertThat(again.createdAt()).isEqualTo(SENT);
    }

    @Test
    void resending_an_expired_invitation_renews_it_with_a_new_link() {
        Invitation invitation = issue();
        Instant resent = EXPIRES.plus(Duration.ofDays(1));

        Invitation again = invitation.resend(InvitationTtl.DEFAULT, tokens, resent);

        assertThat(again.statusAt(resent)).isEqualTo(InvitationStatus.PENDING);
        assertThat(again.expiresAt()).isEqualTo(resent.plus(Duration.ofDays(7)));
        assertThat(again.sendCount()).isEqualTo(2);
        assertThat(again.secret()).isNotEqualTo(invitation.secret());
        assertThat(tokens.tokenFor(again.secret())).isNotEqualTo(tokens.tokenFor(invitation.secret()));
    }

    @Test
    void an_accepted_or_revoked_invitation_cannot_be_resent() {
        Invitation accepted = issue().accept(company, MemberId.random(), SENT);
        Invitation revoked = issue().revoke(SENT);

        assertThatThrownBy(() -> accepted.resend(InvitationTtl.DEFAULT, tokens, SENT.plusSeconds(1)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
                    assertThat(e.code()).isEqualTo("invitation.accepted");
                });
        assertThatThrownBy(() -> revoked.resend(InvitationTtl.DEFAULT, tokens, SENT.plusSeconds(1)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("invitation.revoked"));
    }

    @Test
    void a_delivery_failure_is_kept_until_the_invitation_is_resent() {
        Invitation failed = issue().deliveryFailed("550 mailbox unavailable");

        assertThat(failed.deliveryFailure()).contains("550 mailbox unavailable");
        assertThat(failed.resend(InvitationTtl.DEFAULT, tokens, SENT.plusSeconds(60)).deliveryFailure()).isEmpty();
    }

    @Test
    void a_long_delivery_failure_is_cut_to_500_characters() {
        assertThat(issue().deliveryFailed("x".repeat(2000)).deliveryFailure()).hasValueSatisfying(
                reason -> assertThat(reason).hasSize(500));
    }

    @Test
    void a_stored_invitation_is_restored_through_the_same_checks() {
        Invitation invitation = issue();

        Invitation restored = restoreOf(invitation).version(5).build();
        assertThat(restored.statusAt(SENT)).isEqualTo(InvitationStatus.PENDING);
        assertThat(restored.version()).isEqualTo(5);

        assertThatThrownBy(() -> restoreOf(invitation).state(Invitation.State.ACCEPTED).build())
                .as("accepted without a member").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> restoreOf(invitation).closedAt(Optional.of(SENT)).build())
                .as("open with a closing time").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> restoreOf(invitation).expiresAt(SENT).build())
                .as("expiring when sent").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> restoreOf(invitation).sendCount(0).build())
                .as("never sent").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> restoreOf(invitation).lastSentAt(SENT.minusSeconds(1)).build())
                .as("sent before created").isInstanceOf(IllegalArgumentException.class);
    }

    private Invitation issue() {
        return Invitation.issue(InvitationId.random(), company, EmailAddress.of("new.buyer@acme.example"),
                BuiltInRoles.companyBuyer(), UserId.random(), tokens.issue(), InvitationTtl.DEFAULT, SENT);
    }

    private static Invitation.Builder restoreOf(Invitation i) {
        return Invitation.restore().id(i.id()).companyId(i.companyId()).email(i.email()).role(i.role())
                .invitedBy(i.invitedBy()).createdAt(i.createdAt()).expiresAt(i.expiresAt()).lastSentAt(i.lastSentAt())
                .sendCount(i.sendCount()).state(i.state()).secret(i.secret()).closedAt(i.closedAt())
                .acceptedAs(i.acceptedAs()).deliveryFailure(i.deliveryFailure()).version(i.version());
    }

    private static Company company() {
        return Company.create(CompanyId.random(), new CompanyDetails("Acme GmbH", new TaxId("DE136695976"),
                CustomerGroupId.random(), UserId.random(), Optional.empty()), SENT.minus(Duration.ofDays(30)));
    }
}
