package org.b2b.customers.persistence;

import static org.b2b.customers.persistence.schema.Tables.INVITATIONS;
import static org.b2b.customers.persistence.schema.Tables.USERS;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.b2b.customers.application.port.out.Invitations;
import org.b2b.customers.application.port.out.Slice;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.company.MemberId;
import org.b2b.customers.domain.invitation.Invitation;
import org.b2b.customers.domain.invitation.InvitationErrorCode;
import org.b2b.customers.domain.invitation.InvitationId;
import org.b2b.customers.domain.invitation.InvitationSecret;
import org.b2b.customers.domain.invitation.InvitationStatus;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.user.EmailAddress;
import org.b2b.customers.domain.user.PersonName;
import org.b2b.customers.domain.user.RoleIdentifier;
import org.b2b.customers.domain.user.UserId;
import org.b2b.customers.persistence.schema.tables.records.InvitationsRecord;
import org.jooq.BatchBindStep;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * Invitations, newest first. {@code open_key} holds company and email while an invitation is open, so its unique
 * constraint allows one open invitation per company and email even when two requests race.
 */
final class JooqInvitations implements Invitations {

    private final JooqTransactions transactions;

    JooqInvitations(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Invitation add(Invitation invitation) {
        try {
            transactions.dsl().insertInto(INVITATIONS).set(record(invitation)).execute();
        } catch (DataAccessException e) {
            throw translate(e, invitation);
        }
        return invitation;
    }

    /**
     * One JDBC batch under a savepoint of its own: a refused batch leaves none of its rows (H2 goes on with a batch's
     * later rows after one fails) and a transaction that PostgreSQL would otherwise hold aborted.
     */
    @Override
    public void addAll(List<Invitation> invitations) {
        if (invitations.isEmpty()) {
            return;
        }
        DSLContext dsl = transactions.dsl();
        BatchBindStep rows = dsl.batch(dsl.insertInto(INVITATIONS, INVITATIONS.fields())
                .values(new Object[INVITATIONS.fields().length]));
        for (Invitation invitation : invitations) {
            // Read value by value: intoArray() looks up a record mapper on every call, which cost more than the insert.
            InvitationsRecord record = record(invitation);
            Object[] values = new Object[record.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = record.get(i);
            }
            rows.bind(values);
        }
        try {
            transactions.inSavepoint(rows::execute);
        } catch (DataAccessException e) {
            throw Constraints.translate(e, Map.of(
                    "invitations_open_unique", () -> DomainException.conflict(InvitationErrorCode.ALREADY_OPEN,
                            "One of these people has a pending invitation to this company already."),
                    "invitations_fingerprint_unique", () -> new IllegalStateException("two invitations with one link fingerprint"),
                    "invitations_pk", () -> new IllegalStateException("one of these invitations exists")));
        }
    }

    @Override
    public Invitation update(Invitation invitation) {
        DSLContext dsl = transactions.dsl();
        InvitationsRecord next = record(invitation.atVersion(invitation.version() + 1));
        next.changed(INVITATIONS.ID, false);
        int updated;
        try {
            updated = dsl.update(INVITATIONS).set(next)
                    .where(INVITATIONS.ID.eq(invitation.id().value()), INVITATIONS.VERSION.eq(invitation.version()))
                    .execute();
        } catch (DataAccessException e) {
            throw translate(e, invitation);
        }
        if (updated == 0) {
            throw Versions.refusal(dsl.fetchExists(INVITATIONS, INVITATIONS.ID.eq(invitation.id().value())),
                    InvitationErrorCode.STALE_VERSION, InvitationErrorCode.NOT_FOUND);
        }
        return invitation.atVersion(invitation.version() + 1);
    }

    @Override
    public Optional<Invitation> find(InvitationId id) {
        return one(INVITATIONS.ID.eq(id.value()));
    }

    @Override
    public List<Invitation> findAll(Collection<InvitationId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return transactions.dsl().selectFrom(INVITATIONS)
                .where(INVITATIONS.ID.in(ids.stream().map(InvitationId::value).toList()))
                .fetch(JooqInvitations::invitation);
    }

    @Override
    public Optional<Invitation> findByFingerprint(String fingerprint) {
        return one(INVITATIONS.TOKEN_FINGERPRINT.eq(fingerprint));
    }

    @Override
    public Optional<Invitation> findOpen(CompanyId companyId, EmailAddress email) {
        return one(INVITATIONS.OPEN_KEY.eq(openKey(companyId, email)));
    }

    /** The keys are joined as a table: {@link Keys} says why. */
    @Override
    public List<Invitation> findOpen(CompanyId companyId, Collection<EmailAddress> emails) {
        if (emails.isEmpty()) {
            return List.of();
        }
        return transactions.dsl().select(INVITATIONS.fields())
                .from(Keys.of(INVITATIONS.OPEN_KEY, emails.stream().map(email -> openKey(companyId, email)).toList()))
                .join(INVITATIONS).on(INVITATIONS.OPEN_KEY.eq(Keys.KEY))
                .fetch(row -> invitation(row.into(INVITATIONS)));
    }

    @Override
    public Slice<WithSender> listWithSenders(CompanyId companyId, Optional<InvitationStatus> status, Instant now,
            Optional<Key> after, int limit) {
        return Slice.of(transactions.dsl().select(INVITATIONS.fields()).select(USERS.FIRST_NAME, USERS.LAST_NAME)
                .from(INVITATIONS).leftJoin(USERS).on(USERS.ID.eq(INVITATIONS.INVITED_BY))
                .where(INVITATIONS.COMPANY_ID.eq(companyId.value()))
                .and(status.map(s -> withStatus(s, now)).orElse(DSL.noCondition()))
                .and(after.map(k -> DSL.row(INVITATIONS.CREATED_AT, INVITATIONS.ID).lt(k.createdAt(), k.id().value()))
                        .orElse(DSL.noCondition()))
                .orderBy(INVITATIONS.CREATED_AT.desc(), INVITATIONS.ID.desc())
                .limit(limit + 1)
                .fetch(r -> new WithSender(invitation(r.into(INVITATIONS)), Optional.ofNullable(r.get(USERS.FIRST_NAME))
                        .map(first -> new PersonName(first, r.get(USERS.LAST_NAME))))), limit);
    }

    /** What {@link Invitation#statusAt} says, as a condition; also counted with a company's overview. */
    static Condition withStatus(InvitationStatus status, Instant now) {
        return switch (status) {
            case PENDING -> INVITATIONS.STATE.eq(Invitation.State.OPEN.name()).and(INVITATIONS.EXPIRES_AT.gt(now));
            case EXPIRED -> INVITATIONS.STATE.eq(Invitation.State.OPEN.name()).and(INVITATIONS.EXPIRES_AT.le(now));
            case ACCEPTED -> INVITATIONS.STATE.eq(Invitation.State.ACCEPTED.name());
            case REVOKED -> INVITATIONS.STATE.eq(Invitation.State.REVOKED.name());
        };
    }

    private Optional<Invitation> one(Condition condition) {
        return transactions.dsl().selectFrom(INVITATIONS).where(condition).fetchOptional()
                .map(JooqInvitations::invitation);
    }

    private static String openKey(CompanyId companyId, EmailAddress email) {
        return companyId.value() + ":" + email.value();
    }

    private static RuntimeException translate(DataAccessException e, Invitation invitation) {
        return Constraints.translate(e, Map.of(
                "invitations_open_unique", () -> DomainException.conflict(InvitationErrorCode.ALREADY_OPEN,
                        invitation.email() + " has a pending invitation to this company already."),
                "invitations_fingerprint_unique", () -> new IllegalStateException("two invitations with one link fingerprint"),
                "invitations_pk", () -> new IllegalStateException("invitation " + invitation.id() + " exists")));
    }

    private static InvitationsRecord record(Invitation i) {
        InvitationsRecord r = new InvitationsRecord();
        r.setId(i.id().value());
        r.setCompanyId(i.companyId().value());
        r.setEmail(i.email().value());
        r.setRoleIdentifier(i.role().value());
        r.setInvitedBy(i.invitedBy().value());
        r.setCreatedAt(i.createdAt());
        r.setExpiresAt(i.expiresAt());
        r.setLastSentAt(i.lastSentAt());
        r.setSendCount(i.sendCount());
        r.setRecentResends(i.recentResends().stream().map(Instant::toString).collect(Collectors.joining(",")));
        r.setState(i.state().name());
        r.setOpenKey(i.isOpen() ? openKey(i.companyId(), i.email()) : null);
        r.setSecretSeed(i.secret().seed());
        r.setTokenFingerprint(i.secret().fingerprint());
        r.setClosedAt(i.closedAt().orElse(null));
        r.setAcceptedMemberId(i.acceptedAs().map(MemberId::value).orElse(null));
        r.setDeliveryFailure(i.deliveryFailure().orElse(null));
        r.setVersion(i.version());
        return r;
    }

    private static Invitation invitation(InvitationsRecord r) {
        return Invitation.restore()
                .id(new InvitationId(r.getId()))
                .companyId(new CompanyId(r.getCompanyId()))
                .email(new EmailAddress(r.getEmail()))
                .role(new RoleIdentifier(r.getRoleIdentifier()))
                .invitedBy(new UserId(r.getInvitedBy()))
                .createdAt(r.getCreatedAt())
                .expiresAt(r.getExpiresAt())
                .lastSentAt(r.getLastSentAt())
                .sendCount(r.getSendCount())
                .recentResends(r.getRecentResends().isEmpty() ? List.of()
                        : Arrays.stream(r.getRecentResends().split(",")).map(Instant::parse).toList())
                .state(Invitation.State.valueOf(r.getState()))
                .secret(new InvitationSecret(r.getSecretSeed(), r.getTokenFingerprint()))
                .closedAt(Optional.ofNullable(r.getClosedAt()))
                .acceptedAs(Optional.ofNullable(r.getAcceptedMemberId()).map(MemberId::new))
                .deliveryFailure(Optional.ofNullable(r.getDeliveryFailure()))
                .version(r.getVersion())
                .build();
    }
}
