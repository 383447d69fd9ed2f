package org.b2b.customers.application.service.invitation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.b2b.customers.application.Settings;
import org.b2b.customers.application.port.in.Actor;
import org.b2b.customers.application.port.in.invitation.InvitationOutcome;
import org.b2b.customers.application.port.in.invitation.InvitationReport;
import org.b2b.customers.application.port.in.invitation.InvitationResult;
import org.b2b.customers.application.port.out.Invitations;
import org.b2b.customers.application.port.out.Members;
import org.b2b.customers.application.port.out.Roles;
import org.b2b.customers.application.port.out.Transactions;
import org.b2b.customers.application.port.out.Users;
import org.b2b.customers.domain.access.Role;
import org.b2b.customers.domain.access.RoleIdentifier;
import org.b2b.customers.domain.company.Company;
import org.b2b.customers.domain.invitation.Invitation;
import org.b2b.customers.domain.invitation.InvitationId;
import org.b2b.customers.domain.invitation.InvitationStatus;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.shared.InvalidInputException;
import org.b2b.customers.domain.user.EmailAddress;
import org.b2b.customers.domain.user.User;
import org.b2b.customers.domain.user.UserType;

/**
 * Invites people line by line inside the caller's transaction. A line is checked, in this order, for an email,
 * an earlier line with the same email, an account that can never accept, a pending invitation, and a role that
 * members can hold; whatever passes is invited, and an expired invitation of the same person is renewed rather
 * than duplicated.
 */
final class BulkInvitation {

    private static final String ALREADY_OPEN = "invitation.already_open";

    private final Transactions transactions;
    private final Invitations invitations;
    private final Users users;
    private final Members members;
    private final Roles roles;
    private final InvitationMessages messages;
    private final InvitationHistory history;
    private final Settings settings;
    private final Clock clock;

    BulkInvitation(Transactions transactions, Invitations invitations, Users users, Members members, Roles roles, InvitationMessages messages,
            InvitationHistory history, Settings settings, Clock clock) {
        this.transactions = transactions;
        this.invitations = invitations;
        this.users = users;
        this.members = members;
        this.roles = roles;
        this.messages = messages;
        this.history = history;
        this.settings = settings;
        this.clock = clock;
    }

    InvitationReport invite(Actor actor, Company company, List<InvitationLine> lines) {
        if (!company.isActive()) {
            throw DomainException.ruleViolated("company.deactivated", "A deactivated company cannot invite members.");
        }
        Batch batch = new Batch(actor, company, users.find(actor.userId()).orElseThrow(), clock.instant());
        List<InvitationResult> results = new ArrayList<>(lines.size());
        for (InvitationLine line : lines) {
            results.add(inviteLine(batch, line));
        }
        return new InvitationReport(results);
    }

    /** The role of that name if company members can hold it. */
    Optional<Role> memberRole(String text) {
        try {
            return roles.find(RoleIdentifier.parse("role", text)).filter(Role::isAssignableToMembers);
        } catch (InvalidInputException e) {
            return Optional.empty();
        }
    }

    private InvitationResult inviteLine(Batch batch, InvitationLine line) {
        String text = line.email() == null ? "" : line.email().strip();
        if (!EmailAddress.isValid(text)) {
            return refused(line, text, InvitationOutcome.INVALID_EMAIL);
        }
        EmailAddress email = EmailAddress.of(text);
        if (!batch.seen.add(email)) {
            return refused(line, email.value(), InvitationOutcome.DUPLICATE);
        }
        if (cannotEverAccept(email)) {
            return refused(line, email.value(), InvitationOutcome.ALREADY_MEMBER);
        }
        Optional<Invitation> open = invitations.findOpen(batch.company.id(), email);
        if (open.isPresent() && open.get().statusAt(batch.now) == InvitationStatus.PENDING) {
            return refused(line, email.value(), InvitationOutcome.ALREADY_INVITED);
        }
        Optional<Role> role = line.role().flatMap(r -> batch.roles.computeIfAbsent(r, this::memberRole));
        if (role.isEmpty()) {
            return refused(line, email.value(), InvitationOutcome.UNKNOWN_ROLE);
        }
        Optional<Invitation> invited = open.isPresent() && open.get().role().equals(role.get().identifier())
                ? Optional.of(renew(batch, open.get()))
                : issue(batch, open, email, role.get());
        return invited.map(i -> new InvitationResult(line.number(), email.value(), InvitationOutcome.INVITED,
                        Optional.of(i.id())))
                .orElseGet(() -> refused(line, email.value(), InvitationOutcome.ALREADY_INVITED));
    }

    /** A user who is a member of any company, or staff, could never register through an invitation. */
    private boolean cannotEverAccept(EmailAddress email) {
        Optional<User> user = users.findByEmail(email);
        return user.isPresent()
                && (user.get().type() == UserType.STAFF || members.findByUser(user.get().id()).isPresent());
    }

    /** The expired invitation, sent again with the same role: renewed with a new link. */
    private Invitation renew(Batch batch, Invitation expired) {
        Invitation renewed = invitations.update(
                expired.resend(settings.invitationTtl(), settings.registrationTokens(), batch.now));
        messages.append(renewed, batch.company, batch.inviter, batch.now);
        history.record(batch.actor, renewed, "invitation.resent");
        return renewed;
    }

    /**
     * A new invitation; an expired one for another role gives way to it. Empty when a concurrent request invited
     * the same person first: the store refuses a second open invitation, and the line reports that. The insert runs
     * under a savepoint so that the refusal undoes only itself and the other lines go on.
     */
    private Optional<Invitation> issue(Batch batch, Optional<Invitation> expired, EmailAddress email, Role role) {
        if (expired.isPresent()) {
            history.record(batch.actor, invitations.update(expired.get().revoke(batch.now)), "invitation.revoked");
        }
        Invitation invitation = Invitation.issue(InvitationId.random(), batch.company, email, role,
                batch.actor.userId(), settings.registrationTokens().issue(), settings.invitationTtl(), batch.now);
        Invitation stored;
        try {
            stored = transactions.inSavepoint(() -> invitations.add(invitation));
        } catch (DomainException e) {
            if (!e.code().equals(ALREADY_OPEN)) {
                throw e;
            }
            return Optional.empty();
        }
        messages.append(stored, batch.company, batch.inviter, batch.now);
        history.record(batch.actor, stored, "invitation.created");
        return Optional.of(stored);
    }

    private static InvitationResult refused(InvitationLine line, String email, InvitationOutcome outcome) {
        return new InvitationResult(line.number(), email, outcome, Optional.empty());
    }

    /** What one bulk invitation shares across its lines. */
    private static final class Batch {
        final Actor actor;
        final Company company;
        final User inviter;
        final Instant now;
        final Set<EmailAddress> seen = new HashSet<>();
        final Map<String, Optional<Role>> roles = new HashMap<>();

        Batch(Actor actor, Company company, User inviter, Instant now) {
            this.actor = actor;
            this.company = company;
            this.inviter = inviter;
            this.now = now;
        }
    }
}
