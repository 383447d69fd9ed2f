package org.b2b.customers.application.support;

import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.Function;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.port.out.Transactions;

/** What every service needs (transactions, access, validation, history, the clock) and the opening they share. */
public record UseCaseSupport(Transactions transactions, AccessControl access, CommandValidation validation,
        HistoryRecorder history, Clock clock) {

    /** Runs the work in one transaction, for the actor identified first (a refused actor changes nothing). */
    public <T> T asCaller(Actor actor, Function<Caller, T> work) {
        return transactions.inTransaction(() -> work.apply(access.caller(actor)));
    }

    /**
     * Runs work that only reads, for the actor identified first, without a transaction of its own (see
     * {@link Transactions#autoCommitted}): a read of one or two statements then costs no more round trips.
     */
    public <T> T readingAsCaller(Actor actor, Function<Caller, T> work) {
        return transactions.autoCommitted(() -> work.apply(access.caller(actor)));
    }

    /** {@link #asCaller(Actor, Function)} for work that answers nothing. */
    public void runAsCaller(Actor actor, Consumer<Caller> work) {
        transactions.inTransaction(() -> work.accept(access.caller(actor)));
    }
}
