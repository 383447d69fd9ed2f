package org.b2b.customers.domain.invitation;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.b2b.customers.domain.access.Role;
import org.b2b.customers.domain.company.Company;
import org.b2b.customers.domain.company.CompanyErrorCode;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.company.MemberId;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.shared.InvalidInputException;
import org.b2b.customers.domain.shared.TooSoonException;
import org.b2b.customers.domain.user.EmailAddress;
import org.b2b.customers.domain.user.RoleIdentifier;
import org.b2b.customers.domain.user.UserId;

/**
 * An invitation to join a company with a role. Pending until the invitee registers (accepted), staff revoke it,
 * or it expires; re-sending renews an expired one. Expiry is a matter of time, so the status is always read at
 * an instant.
 */
public final class Invitation {

    /**
     * How many times an invitation may be sent again within {@link #RESEND_WINDOW}: enough for a lost or filtered
     * mail, too few to flood the invitee's mailbox with the company's name.
     */
    public static final int RESEND_LIMIT = 3;
    public static final Duration RESEND_WINDOW = Duration.ofHours(1);

    /** The states that are stored; {@link InvitationStatus#EXPIRED} is an open invitation past its expiry. */
    public enum State {
        OPEN,
        ACCEPTED,
        REVOKED
    }

    private final InvitationId id;
    private final CompanyId companyId;
    private final EmailAddress email;
    private final RoleIdentifier role;
    private final UserId invitedBy;
    private final Instant createdAt;
    private final Instant expiresAt;
    private final Instant lastSentAt;
    private final int sendCount;
    private final List<Instant> recentResends;
    private final State state;
    private final InvitationSecret secret;
    private final Optional<Instant> closedAt;
    private final Optional<MemberId> acceptedAs;
    private final Optional<String> deliveryFailure;
    private final long version;

    private Invitation(Builder b) {
        this.id = requireNonNull(b.id);
        this.companyId = requireNonNull(b.companyId);
        this.email = requireNonNull(b.email);
        this.role = requireNonNull(b.role);
        this.invitedBy = requireNonNull(b.invitedBy);
        this.createdAt = requireNonNull(b.createdAt);
        this.expiresAt = requireNonNull(b.expiresAt);
        this.lastSentAt = requireNonNull(b.lastSentAt);
        this.sendCount = b.sendCount;
        this.recentResends = List.copyOf(b.recentResends);
        this.state = requireNonNull(b.state);
        this.secret = requireNonNull(b.secret);
        this.closedAt = requireNonNull(b.closedAt);
        this.acceptedAs = requireNonNull(b.acceptedAs);
        this.deliveryFailure = requireNonNull(b.deliveryFailure);
        this.version = b.version;
        if (sendCount < 1 || !expiresAt.isAfter(lastSentAt) || lastSentAt.isBefore(createdAt)) {
            throw new IllegalArgumentException("an invitation is sent at least once and expires after it was last sent");
        }
        if (recentResends.size() > RESEND_LIMIT || recentResends.size() >= sendCount) {
            throw new IllegalArgumentException("an invitation keeps at most the last " + RESEND_LIMIT + " re-sends");
        }
        if ((state == State.ACCEPTED) != acceptedAs.isPresent() || (state == State.OPEN) == closedAt.isPresent()) {
            throw new IllegalArgumentException("only a closed invitation has a closing time, only an accepted one a member");
        }
    }

    /** A new invitation, sent now, valid for the given time. */
    public static Invitation issue(InvitationId id, Company company, EmailAddress email, Role role, UserId invitedBy,
            InvitationSecret secret, InvitationTtl ttl, Instant now) {
        if (!company.isActive()) {
            throw DomainException.ruleViolated(CompanyErrorCode.DEACTIVATED, "A deactivated company cannot invite members.");
        }
        if (!role.isAssignableToMembers()) {
            throw InvalidInputException.of("role", "not_a_company_role", role.identifier() + " is not a company role");
        }
        Builder b = new Builder();
        b.id = id;
        b.companyId = company.id();
        b.email = email;
        b.role = role.identifier();
        b.invitedBy = invitedBy;
        b.createdAt = now;
        b.lastSentAt = now;
        b.expiresAt = now.plus(ttl.duration());
        b.sendCount = 1;
        b.state = State.OPEN;
        b.secret = secret;
        b.version = 1;
        return new Invitation(b);
    }

    /** Reads back a stored invitation, through the same checks. */
    public static Builder restore() {
        return new Builder();
    }

    public InvitationStatus statusAt(Instant now) {
        return switch (state) {
            case ACCEPTED -> InvitationStatus.ACCEPTED;
            case REVOKED -> InvitationStatus.REVOKED;
            case OPEN -> now.isBefore(expiresAt) ? InvitationStatus.PENDING : InvitationStatus.EXPIRED;
        };
    }

    /** Open invitations block a second one for the same company and email, expired or not. */
    public boolean isOpen() {
        return state == State.OPEN;
    }

    /**
     * Sends the invitation again. A pending one keeps its link and gains time; an expired one gets a new link,
     * since the old one may have travelled further than it should have. At most {@link #RESEND_LIMIT} re-sends
     * fall within any {@link #RESEND_WINDOW}.
     */
    public Invitation resend(InvitationTtl ttl, RegistrationTokens tokens, Instant now) {
        InvitationStatus status = statusAt(now);
        if (status != InvitationStatus.PENDING && status != InvitationStatus.EXPIRED) {
            throw DomainException.conflict(InvitationErrorCode.closed(status),
                    "The invitation was " + status.name().toLowerCase(java.util.Locale.ROOT) + " and cannot be sent again.");
        }
        List<Instant> recent = recentResends.stream().filter(at -> at.plus(RESEND_WINDOW).isAfter(now)).toList();
        if (recent.size() >= RESEND_LIMIT) {
            Instant possibleAt = recent.get(0).plus(RESEND_WINDOW);
            throw new TooSoonException(InvitationErrorCode.RESEND_LIMIT, "This invitation was sent again " + RESEND_LIMIT
                    + " times within the last hour; it can be sent again from "
                    + DateTimeFormatter.ISO_INSTANT.format(possibleAt) + ".", now, possibleAt);
        }
        Builder b = toBuilder();
        b.recentResends = Stream.concat(recent.stream(), Stream.of(now)).toList();
        b.lastSentAt = now;
        b.expiresAt = now.plus(ttl.duration());
        b.sendCount = sendCount + 1;
        b.deliveryFailure = Optional.empty();
        if (status == InvitationStatus.EXPIRED) {
            b.secret = tokens.issue();
        }
        return new Invitation(b);
    }

    /** Revokes an open invitation: its link stops working. */
    public Invitation revoke(Instant now) {
        if (state != State.OPEN) {
            throw DomainException.conflict(
                    state == State.ACCEPTED ? InvitationErrorCode.ACCEPTED : InvitationErrorCode.REVOKED,
                    "The invitation was " + state.name().toLowerCase(java.util.Locale.ROOT) + " and cannot be revoked.");
        }
        Builder b = toBuilder();
        b.state = State.REVOKED;
        b.closedAt = Optional.of(now);
        return new Invitation(b);
    }

    /** Checks that the link can be used to register now, with the company it invites to. */
    public void requireAcceptable(Company company, Instant now) {
        InvitationStatus status = statusAt(now);
        if (status != InvitationStatus.PENDING) {
            throw DomainException.gone(InvitationErrorCode.closed(status),
                    switch (status) {
                        case ACCEPTED -> "This invitation has been used already.";
                        case REVOKED -> "This invitation has been revoked.";
                        default -> "This invitation has expired; ask for it to be sent again.";
                    });
        }
        if (!company.id().equals(companyId) || !company.isActive()) {
            throw DomainException.gone(CompanyErrorCode.DEACTIVATED,
                    "The company of this invitation is deactivated; its invitations cannot be accepted.");
        }
    }

    /** The invitee registered and became this member; the link is used up. */
    public Invitation accept(Company company, MemberId member, Instant now) {
        requireAcceptable(company, now);
        Builder b = toBuilder();
        b.state = State.ACCEPTED;
        b.closedAt = Optional.of(now);
        b.acceptedAs = Optional.of(member);
        return new Invitation(b);
    }

    /** The mail could not be delivered, for a reason that staff should see next to the invitation. */
    public Invitation deliveryFailed(String reason) {
        Builder b = toBuilder();
        b.deliveryFailure = Optional.of(reason.length() > 500 ? reason.substring(0, 500) : reason);
        return new Invitation(b);
    }

    public Invitation atVersion(long newVersion) {
        Builder b = toBuilder();
        b.version = newVersion;
        return new Invitation(b);
    }

    private Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.companyId = companyId;
        b.email = email;
        b.role = role;
        b.invitedBy = invitedBy;
        b.createdAt = createdAt;
        b.expiresAt = expiresAt;
        b.lastSentAt = lastSentAt;
        b.sendCount = sendCount;
        b.recentResends = recentResends;
        b.state = state;
        b.secret = secret;
        b.closedAt = closedAt;
        b.acceptedAs = acceptedAs;
        b.deliveryFailure = deliveryFailure;
        b.version = version;
        return b;
    }

    public InvitationId id() {
        return id;
    }

    public CompanyId companyId() {
        return companyId;
    }

    public EmailAddress email() {
        return email;
    }

    public RoleIdentifier role() {
        return role;
    }

    public UserId invitedBy() {
        return invitedBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant lastSentAt() {
        return lastSentAt;
    }

    public int sendCount() {
        return sendCount;
    }

    /** When the invitation was sent again within the last {@link #RESEND_WINDOW} (as of its last re-send), oldest first. */
    public List<Instant> recentResends() {
        return recentResends;
    }

    public State state() {
        return state;
    }

    public InvitationSecret secret() {
        return secret;
    }

    public Optional<Instant> closedAt() {
        return closedAt;
    }

    public Optional<MemberId> acceptedAs() {
        return acceptedAs;
    }

    public Optional<String> deliveryFailure() {
        return deliveryFailure;
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Invitation i && i.id.equals(id) && i.version == version && i.state == state
                && i.expiresAt.equals(expiresAt) && i.sendCount == sendCount && i.recentResends.equals(recentResends) && i.secret.equals(secret)
                && i.deliveryFailure.equals(deliveryFailure);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version);
    }

    @Override
    public String toString() {
        return "Invitation[" + id + " " + email + " to " + companyId + " as " + role + ", " + state + "]";
    }

    /** The stored fields of an invitation, for restoring one; {@link #build()} applies every check. */
    public static final class Builder {
        private InvitationId id;
        private CompanyId companyId;
        private EmailAddress email;
        private RoleIdentifier role;
        private UserId invitedBy;
        private Instant createdAt;
        private Instant expiresAt;
        private Instant lastSentAt;
        private int sendCount;
        private List<Instant> recentResends = List.of();
        private State state;
        private InvitationSecret secret;
        private Optional<Instant> closedAt = Optional.empty();
        private Optional<MemberId> acceptedAs = Optional.empty();
        private Optional<String> deliveryFailure = Optional.empty();
        private long version;

        private Builder() {}

        public Builder id(InvitationId v) { id = v; return this; }
        public Builder companyId(CompanyId v) { companyId = v; return this; }
        public Builder email(EmailAddress v) { email = v; return this; }
        public Builder role(RoleIdentifier v) { role = v; return this; }
        public Builder invitedBy(UserId v) { invitedBy = v; return this; }
        public Builder createdAt(Instant v) { createdAt = v; return this; }
        public Builder expiresAt(Instant v) { expiresAt = v; return this; }
        public Builder lastSentAt(Instant v) { lastSentAt = v; return this; }
        public Builder sendCount(int v) { sendCount = v; return this; }
        public Builder recentResends(List<Instant> v) { recentResends = v; return this; }
        public Builder state(State v) { state = v; return this; }
        public Builder secret(InvitationSecret v) { secret = v; return this; }
        public Builder closedAt(Optional<Instant> v) { closedAt = v; return this; }
        public Builder acceptedAs(Optional<MemberId> v) { acceptedAs = v; return this; }
        public Builder deliveryFailure(Optional<String> v) { deliveryFailure = v; return this; }
        public Builder version(long v) { version = v; return this; }

        public Invitation build() {
            return new Invitation(this);
        }
    }
}
