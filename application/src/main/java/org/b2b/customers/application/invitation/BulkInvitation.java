package org.b2b.customers.application.invitation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.b2b.customers.application.common.Settings;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.invitation.InvitationOutcome;
import org.b2b.customers.application.invitation.InvitationReport;
import org.b2b.customers.application.invitation.InvitationResult;
import org.b2b.customers.application.port.out.Invitations;
import org.b2b.customers.application.port.out.Members;
import org.b2b.customers.application.port.out.OutboundMessage;
import org.b2b.customers.application.port.out.Roles;
import org.b2b.customers.application.port.out.Transactions;
import org.b2b.customers.application.port.out.Users;
import org.b2b.customers.application.support.Caller;
import org.b2b.customers.domain.access.AccessSubject;
import org.b2b.customers.domain.access.Role;
import org.b2b.customers.domain.company.Company;
import org.b2b.customers.domain.company.CompanyErrorCode;
import org.b2b.customers.domain.history.HistoryEntry;
import org.b2b.customers.domain.invitation.Invitation;
import org.b2b.customers.domain.invitation.InvitationErrorCode;
import org.b2b.customers.domain.invitation.InvitationId;
import org.b2b.customers.domain.invitation.InvitationStatus;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.shared.InvalidInputException;
import org.b2b.customers.domain.user.EmailAddress;
import org.b2b.customers.domain.user.RoleIdentifier;
import org.b2b.customers.domain.user.User;
import org.b2b.customers.domain.user.UserType;

/**
 * Invites people line by line inside the caller's transaction. A line is checked, in this order, for an email,
 * an earlier line with the same email, an account that can never accept, a pending invitation, a role that
 * members can hold (by identifier or, when exactly one role has it, by name), and one that the inviter may give;
 * whatever passes is invited, and an expired invitation of the same person is renewed rather than duplicated. A
 * preview runs the same checks and writes nothing: it tells each line's outcome as the invitation would have it.
 *
 * <p>The lines are handled in chunks of {@value #CHUNK}, so that a large file costs a few statements per chunk
 * rather than several per line: the chunk's accounts and open invitations are read in one statement each, and its
 * new invitations, mails and history entries are written in one batch each. Renewals and the revocations that make
 * way for another role stay one update per line; the new invitations are written in order of email, so that two
 * imports of overlapping lists wait for each other rather than deadlock. A concurrent request may still invite one
 * of the chunk's people first: the database then refuses the chunk's batch as a whole, and its new invitations are
 * added again one at a time, each under a savepoint, so that exactly the lines that lost the race report
 * {@code ALREADY_INVITED} and every other one is invited with its mail and history entry.
 *
 * <p>Only staff learn that an address belongs to staff or to a member of another company ({@code ALREADY_MEMBER}):
 * a customer's report would otherwise tell them who has an account where. For a customer such an address is invited
 * as an unknown one, mail included; its owner cannot join with it, since a user is a member of one company at most
 * and staff of none, and registering refuses them.
 */
final class BulkInvitation {

    /** Lines per chunk: large enough that statements per line hardly count, small enough for every SQL batch. */
    static final int CHUNK = 500;

    private final Transactions transactions;
    private final Invitations invitations;
    private final Users users;
    private final Members members;
    private final Roles roles;
    private final InvitationMessages messages;
    private final InvitationHistory history;
    private final Settings settings;
    private final Clock clock;

    BulkInvitation(Transactions transactions, Invitations invitations, Users users, Members members, Roles roles,
            InvitationMessages messages, InvitationHistory history, Settings settings, Clock clock) {
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

    InvitationReport invite(Caller caller, Company company, List<InvitationLine> lines) {
        Batch batch = batch(caller, company);
        List<InvitationResult> results = new ArrayList<>(lines.size());
        for (int from = 0; from < lines.size(); from += CHUNK) {
            results.addAll(new Chunk(batch, lines.subList(from, Math.min(lines.size(), from + CHUNK))).invite());
        }
        return new InvitationReport(results);
    }

    /** Each line's outcome as {@link #invite} would have it now, with nothing stored and no mail. */
    InvitationPreview preview(Caller caller, Company company, List<InvitationLine> lines) {
        Batch batch = batch(caller, company);
        List<PreviewLine> preview = new ArrayList<>(lines.size());
        for (int from = 0; from < lines.size(); from += CHUNK) {
            preview.addAll(new Chunk(batch, lines.subList(from, Math.min(lines.size(), from + CHUNK))).preview());
        }
        return new InvitationPreview(preview);
    }

    private Batch batch(Caller caller, Company company) {
        if (!company.isActive()) {
            throw DomainException.ruleViolated(CompanyErrorCode.DEACTIVATED,
                    "A deactivated company cannot invite members.");
        }
        return new Batch(caller.actor(), caller.subject(), company, users.find(caller.actor().userId()).orElseThrow(),
                clock.instant());
    }

    /**
     * The role named if company members can hold it: by its identifier, else by its name when exactly one such role
     * has that name (ignoring case), as people write roles in a list they paste.
     */
    Optional<Role> memberRole(String text) {
        String given = text.strip();
        Optional<Role> byIdentifier;
        try {
            byIdentifier = roles.find(RoleIdentifier.parse("role", given)).filter(Role::isAssignableToMembers);
        } catch (InvalidInputException e) {
            byIdentifier = Optional.empty();
        }
        if (byIdentifier.isPresent()) {
            return byIdentifier;
        }
        List<Role> named = roles.all().stream().filter(Role::isAssignableToMembers)
                .filter(role -> role.name().equalsIgnoreCase(given)).toList();
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    /** What one bulk invitation shares across its chunks. */
    private final class Batch {
        final Actor actor;
        final AccessSubject giver;
        final Company company;
        final User inviter;
        final Instant now;
        final Set<EmailAddress> seen = new HashSet<>();
        final Map<String, Optional<Role>> roles = new HashMap<>();

        Batch(Actor actor, AccessSubject giver, Company company, User inviter, Instant now) {
            this.actor = actor;
            this.giver = giver;
            this.company = company;
            this.inviter = inviter;
            this.now = now;
        }

        Optional<Role> role(InvitationLine line) {
            return line.role().flatMap(text -> roles.computeIfAbsent(text, BulkInvitation.this::memberRole));
        }
    }

    /** A line that passed every check: invited by renewing its expired invitation or by a new one. */
    private record Invitable(int index, EmailAddress email, Role role, Optional<Invitation> open) {

        boolean renews() {
            return open.isPresent() && open.get().role().equals(role.identifier());
        }
    }

    /** A new invitation of a line, before it is stored. */
    private record Issued(Invitable line, Invitation invitation) {}

    /** Some consecutive lines, checked together and written together; results in the order of the lines. */
    private final class Chunk {

        private final Batch batch;
        private final List<InvitationLine> lines;
        private final InvitationResult[] results;
        /** Each invited line's mail and history entries, by line, so that they are written in the lines' order. */
        private final OutboundMessage[] mails;
        private final List<List<HistoryEntry>> entries;

        Chunk(Batch batch, List<InvitationLine> lines) {
            this.batch = batch;
            this.lines = lines;
            this.results = new InvitationResult[lines.size()];
            this.mails = new OutboundMessage[lines.size()];
            this.entries = new ArrayList<>(lines.size());
            lines.forEach(line -> entries.add(new ArrayList<>(2)));
        }

        List<InvitationResult> invite() {
            List<Invitable> invitable = check();
            List<Issued> issued = new ArrayList<>();
            for (Invitable line : invitable.stream().sorted(Comparator.comparing(i -> i.email().value())).toList()) {
                if (line.renews()) {
                    renew(line);
                } else {
                    issued.add(new Issued(line, issue(line)));
                }
            }
            add(issued);
            messages.appendAll(written(mails));
            history.recordAll(entries.stream().flatMap(List::stream).toList());
            return List.of(results);
        }

        /** What each line would become, in order: the refusals as {@link #check} finds them, the rest invited. */
        List<PreviewLine> preview() {
            Map<Integer, Invitable> invitable = new HashMap<>();
            check().forEach(line -> invitable.put(line.index(), line));
            List<PreviewLine> preview = new ArrayList<>(lines.size());
            for (int i = 0; i < lines.size(); i++) {
                Optional<String> role = batch.role(lines.get(i)).map(found -> found.identifier().value());
                Invitable line = invitable.get(i);
                preview.add(line == null
                        ? new PreviewLine(results[i].line(), results[i].email(), role, results[i].outcome())
                        : new PreviewLine(lines.get(i).number(), line.email().value(), role, InvitationOutcome.INVITED));
            }
            return preview;
        }

        /** Reports the lines refused, and answers the others in order: with two reads for the whole chunk. */
        private List<Invitable> check() {
            EmailAddress[] emails = new EmailAddress[lines.size()];
            List<EmailAddress> asked = new ArrayList<>(lines.size());
            for (int i = 0; i < lines.size(); i++) {
                InvitationLine line = lines.get(i);
                String text = line.email() == null ? "" : line.email().strip();
                EmailAddress email = EmailAddress.isValid(text) ? EmailAddress.of(text) : null;
                if (email == null) {
                    refuse(i, text, InvitationOutcome.INVALID_EMAIL);
                } else if (!batch.seen.add(email)) {
                    refuse(i, email.value(), InvitationOutcome.DUPLICATE);
                } else {
                    emails[i] = email;
                    asked.add(email);
                }
            }
            if (asked.isEmpty()) {
                return List.of();
            }
            Set<EmailAddress> cannotEverAccept = reportable(users.staffOrMembersAmong(asked));
            Map<EmailAddress, Invitation> open = new HashMap<>();
            invitations.findOpen(batch.company.id(), asked.stream().filter(e -> !cannotEverAccept.contains(e)).toList())
                    .forEach(invitation -> open.put(invitation.email(), invitation));
            List<Invitable> invitable = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                EmailAddress email = emails[i];
                if (email == null) {
                    continue;
                }
                Optional<Invitation> openOne = Optional.ofNullable(open.get(email));
                if (cannotEverAccept.contains(email)) {
                    refuse(i, email.value(), InvitationOutcome.ALREADY_MEMBER);
                } else if (openOne.isPresent() && openOne.get().statusAt(batch.now) == InvitationStatus.PENDING) {
                    refuse(i, email.value(), InvitationOutcome.ALREADY_INVITED);
                } else {
                    Optional<Role> role = batch.role(lines.get(i));
                    if (role.isEmpty()) {
                        refuse(i, email.value(), InvitationOutcome.UNKNOWN_ROLE);
                    } else if (!batch.giver.mayGive(role.get())) {
                        refuse(i, email.value(), InvitationOutcome.ROLE_NOT_GIVABLE);
                    } else {
                        invitable.add(new Invitable(i, email, role.get(), openOne));
                    }
                }
            }
            return invitable;
        }

        /** Of the accounts that can never accept, those the inviter may learn about: all for staff, else their own company's members. */
        private Set<EmailAddress> reportable(Set<EmailAddress> cannotEverAccept) {
            if (batch.inviter.type() == UserType.STAFF || cannotEverAccept.isEmpty()) {
                return cannotEverAccept;
            }
            Set<EmailAddress> ownMembers = new HashSet<>();
            for (EmailAddress email : cannotEverAccept) {
                users.findByEmail(email).flatMap(user -> members.findByUser(user.id()))
                        .filter(member -> member.companyId().equals(batch.company.id()))
                        .ifPresent(member -> ownMembers.add(email));
            }
            return ownMembers;
        }

        /** The expired invitation, sent again with the same role: renewed with a new link. */
        private void renew(Invitable line) {
            Invitation renewed = invitations.update(line.open().orElseThrow()
                    .resend(settings.invitationTtl(), settings.registrationTokens(), batch.now));
            invited(line, renewed, "invitation.resent");
        }

        /** A new invitation, not yet stored; an expired one for another role gives way to it first. */
        private Invitation issue(Invitable line) {
            if (line.open().isPresent()) {
                Invitation revoked = invitations.update(line.open().get().revoke(batch.now));
                entries.get(line.index()).add(history.entry(batch.actor, revoked, "invitation.revoked"));
            }
            return Invitation.issue(InvitationId.random(), batch.company, line.email(), line.role(),
                    batch.actor.userId(), settings.registrationTokens().issue(), settings.invitationTtl(), batch.now);
        }

        /**
         * Stores the new invitations in one batch; when a concurrent request invited one of these people first, the
         * store refuses the batch whole, and each is added again alone under a savepoint.
         */
        private void add(List<Issued> byEmail) {
            try {
                invitations.addAll(byEmail.stream().map(Issued::invitation).toList());
                byEmail.forEach(issued -> invited(issued.line(), issued.invitation(), "invitation.created"));
            } catch (DomainException e) {
                if (e.errorCode() != InvitationErrorCode.ALREADY_OPEN) {
                    throw e;
                }
                byEmail.forEach(this::addAlone);
            }
        }

        private void addAlone(Issued issued) {
            try {
                transactions.inSavepoint(() -> invitations.add(issued.invitation()));
            } catch (DomainException e) {
                if (e.errorCode() != InvitationErrorCode.ALREADY_OPEN) {
                    throw e;
                }
                refuse(issued.line().index(), issued.line().email().value(), InvitationOutcome.ALREADY_INVITED);
                return;
            }
            invited(issued.line(), issued.invitation(), "invitation.created");
        }

        private void invited(Invitable line, Invitation invitation, String action) {
            results[line.index()] = new InvitationResult(lines.get(line.index()).number(), line.email().value(),
                    InvitationOutcome.INVITED, Optional.of(invitation.id()));
            mails[line.index()] = messages.message(invitation, batch.company, batch.inviter, line.role().name(),
                    batch.now);
            entries.get(line.index()).add(history.entry(batch.actor, invitation, action));
        }

        private void refuse(int index, String email, InvitationOutcome outcome) {
            results[index] = new InvitationResult(lines.get(index).number(), email, outcome, Optional.empty());
        }

    }

    private static List<OutboundMessage> written(OutboundMessage[] mails) {
        List<OutboundMessage> written = new ArrayList<>();
        for (OutboundMessage mail : mails) {
            if (mail != null) {
                written.add(mail);
            }
        }
        return written;
    }
}
