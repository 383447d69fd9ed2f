package org.b2b.customers.persistence;

import static org.b2b.customers.persistence.schema.Tables.LOGIN_FAILURES;

import java.time.Instant;
import java.util.Optional;
import org.b2b.customers.application.port.out.FailureTally;
import org.b2b.customers.application.port.out.LoginFailures;
import org.jooq.exception.DataAccessException;

/**
 * Failure tallies in one row per subject. A replace is a single conditional statement — an insert that does nothing
 * when the row exists, or an update that matches only the expected values — so the database settles races.
 */
final class JooqLoginFailures implements LoginFailures {

    private final JooqTransactions transactions;

    JooqLoginFailures(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<FailureTally> find(String subject) {
        return transactions.dsl().selectFrom(LOGIN_FAILURES).where(LOGIN_FAILURES.SUBJECT.eq(subject)).fetchOptional()
                .map(r -> new FailureTally(r.getFailures(), r.getHeldUntil(), r.getForgetAt()));
    }

    @Override
    public boolean replace(String subject, Optional<FailureTally> expected, FailureTally next) {
        if (expected.isEmpty()) {
            try {
                return transactions.dsl().insertInto(LOGIN_FAILURES)
                        .set(LOGIN_FAILURES.SUBJECT, subject)
                        .set(LOGIN_FAILURES.FAILURES, next.failures())
                        .set(LOGIN_FAILURES.HELD_UNTIL, next.heldUntil())
                        .set(LOGIN_FAILURES.FORGET_AT, next.forgetAt())
                        .onConflictDoNothing()
                        .execute() == 1;
            } catch (DataAccessException e) {
                // H2 emulates "on conflict do nothing" with a merge, which a parallel insert can still beat.
                if (Constraints.violated(e).filter("login_failures_pk"::equalsIgnoreCase).isPresent()) {
                    return false;
                }
                throw e;
            }
        }
        FailureTally was = expected.get();
        return transactions.dsl().update(LOGIN_FAILURES)
                .set(LOGIN_FAILURES.FAILURES, next.failures())
                .set(LOGIN_FAILURES.HELD_UNTIL, next.heldUntil())
                .set(LOGIN_FAILURES.FORGET_AT, next.forgetAt())
                .where(LOGIN_FAILURES.SUBJECT.eq(subject))
                .and(LOGIN_FAILURES.FAILURES.eq(was.failures()))
                .and(LOGIN_FAILURES.HELD_UNTIL.eq(was.heldUntil()))
                .and(LOGIN_FAILURES.FORGET_AT.eq(was.forgetAt()))
                .execute() == 1;
    }

    @Override
    public int forgetExpired(Instant now) {
        return transactions.dsl().deleteFrom(LOGIN_FAILURES).where(LOGIN_FAILURES.FORGET_AT.le(now)).execute();
    }
}
