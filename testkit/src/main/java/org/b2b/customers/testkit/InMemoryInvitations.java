package org.b2b.customers.testkit;

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.b2b.customers.application.port.out.Invitations;
import org.b2b.customers.application.port.out.Slice;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.invitation.Invitation;
import org.b2b.customers.domain.invitation.InvitationErrorCode;
import org.b2b.customers.domain.invitation.InvitationId;
import org.b2b.customers.domain.invitation.InvitationStatus;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.user.EmailAddress;
import org.b2b.customers.domain.user.User;

/** Invitations in memory, with at most one open invitation per company and email. */
public final class InMemoryInvitations implements Invitations {

    private static final Comparator<Invitation> NEWEST_FIRST = Comparator
            .comparing(Invitation::createdAt).reversed()
            .thenComparing(i -> i.id().toString(), Comparator.reverseOrder());

    private final InMemoryTable<InvitationId, Invitation> table;
    private final InMemoryUsers users;

    /** The users name who sent each invitation of a page, as a join would. */
    public InMemoryInvitations(InMemoryStore store, InMemoryUsers users) {
        this.table = store.table("invitations");
        this.users = users;
    }

    @Override
    public Invitation add(Invitation invitation) {
        if (table.get(invitation.id()).isPresent()) {
            throw new IllegalStateException("invitation " + invitation.id() + " exists");
        }
        requireNoOtherOpen(invitation);
        requireFingerprintFree(invitation);
        table.put(invitation.id(), invitation);
        return invitation;
    }

    @Override
    public void addAll(List<Invitation> invitations) {
        Set<InvitationId> ids = new HashSet<>();
        Set<String> fingerprints = new HashSet<>();
        Set<List<Object>> openKeys = new HashSet<>();
        table.rows().forEach(stored -> {
            ids.add(stored.id());
            fingerprints.add(stored.secret().fingerprint());
            if (stored.isOpen()) {
                openKeys.add(openKey(stored));
            }
        });
        for (Invitation invitation : invitations) {
            if (!ids.add(invitation.id())) {
                throw new IllegalStateException("invitation " + invitation.id() + " exists");
            }
            if (!fingerprints.add(invitation.secret().fingerprint())) {
                throw new IllegalStateException("two invitations with one link fingerprint");
            }
            if (invitation.isOpen() && !openKeys.add(openKey(invitation))) {
                throw alreadyOpen(invitation);
            }
        }
        invitations.forEach(invitation -> table.put(invitation.id(), invitation));
    }

    @Override
    public Invitation update(Invitation invitation) {
        Invitation stored = table.get(invitation.id()).orElseThrow(() -> DomainException.notFound(InvitationErrorCode.NOT_FOUND));
        if (stored.version() != invitation.version()) {
            throw DomainException.staleVersion(InvitationErrorCode.STALE_VERSION);
        }
        requireNoOtherOpen(invitation);
        requireFingerprintFree(invitation);
        Invitation next = invitation.atVersion(invitation.version() + 1);
        table.put(invitation.id(), next);
        return next;
    }

    @Override
    public Optional<Invitation> find(InvitationId id) {
        return table.get(id);
    }

    @Override
    public List<Invitation> findAll(Collection<InvitationId> ids) {
        return ids.stream().distinct().flatMap(id -> table.get(id).stream()).toList();
    }

    @Override
    public Optional<Invitation> findByFingerprint(String fingerprint) {
        return table.rows().filter(i -> i.secret().fingerprint().equals(fingerprint)).findFirst();
    }

    @Override
    public Optional<Invitation> findOpen(CompanyId companyId, EmailAddress email) {
        return table.rows()
                .filter(i -> i.isOpen() && i.companyId().equals(companyId) && i.email().equals(email))
                .findFirst();
    }

    @Override
    public List<Invitation> findOpen(CompanyId companyId, Collection<EmailAddress> emails) {
        Set<EmailAddress> asked = Set.copyOf(emails);
        return table.rows()
                .filter(i -> i.isOpen() && i.companyId().equals(companyId) && asked.contains(i.email()))
                .toList();
    }

    @Override
    public Slice<WithSender> listWithSenders(CompanyId companyId, Optional<InvitationStatus> status, Instant now,
            Optional<Key> after, int limit) {
        return Slice.of(table.rows()
                .filter(i -> i.companyId().equals(companyId))
                .filter(i -> status.map(s -> i.statusAt(now) == s).orElse(true))
                .filter(i -> after.map(k -> isAfter(i, k)).orElse(true))
                .sorted(NEWEST_FIRST)
                .limit(limit + 1L)
                .map(i -> new WithSender(i, users.find(i.invitedBy()).map(User::name)))
                .toList(), limit);
    }

    Map<InvitationStatus, Long> countByStatus(CompanyId companyId, Instant now) {
        Map<InvitationStatus, Long> counts = new EnumMap<>(InvitationStatus.class);
        for (InvitationStatus status : InvitationStatus.values()) {
            counts.put(status, table.rows()
                    .filter(i -> i.companyId().equals(companyId) && i.statusAt(now) == status)
                    .count());
        }
        return Collections.unmodifiableMap(counts);
    }

    /** Newest first: after the key means created earlier, or at the same time with a smaller id. */
    private static boolean isAfter(Invitation invitation, Key key) {
        int byTime = invitation.createdAt().compareTo(key.createdAt());
        return byTime < 0 || byTime == 0 && invitation.id().toString().compareTo(key.id().toString()) < 0;
    }

    private void requireNoOtherOpen(Invitation invitation) {
        if (invitation.isOpen() && table.rows().anyMatch(i -> i.isOpen() && !i.id().equals(invitation.id())
                && i.companyId().equals(invitation.companyId()) && i.email().equals(invitation.email()))) {
            throw alreadyOpen(invitation);
        }
    }

    private static DomainException alreadyOpen(Invitation invitation) {
        return DomainException.conflict(InvitationErrorCode.ALREADY_OPEN,
                invitation.email() + " has a pending invitation to this company already.");
    }

    /** What a database's unique key on open invitations holds: company and email. */
    private static List<Object> openKey(Invitation invitation) {
        return List.of(invitation.companyId(), invitation.email());
    }

    private void requireFingerprintFree(Invitation invitation) {
        String fingerprint = invitation.secret().fingerprint();
        if (table.rows().anyMatch(i -> !i.id().equals(invitation.id()) && i.secret().fingerprint().equals(fingerprint))) {
            throw new IllegalStateException("two invitations with one link fingerprint");
        }
    }
}
