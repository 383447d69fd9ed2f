package org.b2b.customers.application.support;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.port.out.History;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.history.HistoryEntry;
import org.b2b.customers.domain.history.HistoryEntryId;

/** Writes the history entry of a change, in the change's own transaction. */
public final class HistoryRecorder {

    private final History history;
    private final Clock clock;

    public HistoryRecorder(History history, Clock clock) {
        this.history = history;
        this.clock = clock;
    }

    public void companyChange(Actor actor, CompanyId companyId, String action, Map<String, String> details) {
        history.append(companyEntry(actor, companyId, action, details));
    }

    /** The entry of a company change, made now and not yet written: {@link #record} writes several at once. */
    public HistoryEntry companyEntry(Actor actor, CompanyId companyId, String action, Map<String, String> details) {
        return new HistoryEntry(HistoryEntryId.random(), Optional.of(companyId), clock.instant(), actor.userId(),
                action, details);
    }

    /** Writes entries made by {@link #companyEntry}, in one go. */
    public void record(List<HistoryEntry> entries) {
        history.appendAll(entries);
    }

    public void globalChange(Actor actor, String action, Map<String, String> details) {
        history.append(new HistoryEntry(HistoryEntryId.random(), Optional.empty(), clock.instant(), actor.userId(),
                action, details));
    }
}
