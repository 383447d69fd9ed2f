package org.b2b.customers.application.port.out;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.invitation.Invitation;
import org.b2b.customers.domain.invitation.InvitationId;
import org.b2b.customers.domain.invitation.InvitationStatus;
import org.b2b.customers.domain.user.EmailAddress;
import org.b2b.customers.domain.user.PersonName;

/** All invitations. */
public interface Invitations {

    /**
     * Stores a new invitation; an open invitation for the same company and email is a conflict
     * ({@code invitation.already_open}), also when two callers race. A caller that goes on after that refusal
     * adds under {@link Transactions#inSavepoint}: a SQL database may not take another statement in a transaction
     * whose statement failed.
     */
    Invitation add(Invitation invitation);

    /**
     * Stores new invitations together, all of them or none: when one of them has an open invitation for its company
     * and email, stored already or among them, none is stored, the refusal is {@code invitation.already_open}, and the
     * transaction goes on. A SQL database writes them in the order given, so two callers whose invitations overlap
     * and who give them in the same order (by email, say) wait for each other instead of deadlocking.
     */
    void addAll(List<Invitation> invitations);

    /** Stores a changed invitation at the version it was read at; otherwise {@code invitation.stale_version}. */
    Invitation update(Invitation invitation);

    Optional<Invitation> find(InvitationId id);

    /** Those of these invitations that exist, in no particular order: a batch of mails reads its invitations at once. */
    List<Invitation> findAll(Collection<InvitationId> ids);

    /** The invitation whose link token has this fingerprint. */
    Optional<Invitation> findByFingerprint(String fingerprint);

    /** The open (pending or expired) invitation of this email to this company. */
    Optional<Invitation> findOpen(CompanyId companyId, EmailAddress email);

    /** The open (pending or expired) invitations of these emails to this company, in no particular order. */
    List<Invitation> findOpen(CompanyId companyId, Collection<EmailAddress> emails);

    /**
     * A company's invitations, newest first, optionally only those with a status at {@code now}, each with the name
     * of who sent it while that user exists, read at once: a page of invitations names who sent each.
     */
    Slice<WithSender> listWithSenders(CompanyId companyId, Optional<InvitationStatus> status, Instant now,
            Optional<Key> after, int limit);

    /** An invitation's place in the newest-first order, for keyset paging. */
    record Key(Instant createdAt, InvitationId id) {}

    /** An invitation and the name of who sent it; none when that user no longer exists. */
    record WithSender(Invitation invitation, Optional<PersonName> sender) {}
}
