package org.b2b.customers.web.api;

import java.time.Instant;
import java.util.Map;
import org.b2b.customers.application.history.HistoryUseCases;
import org.b2b.customers.application.history.CompanyHistoryQuery;
import org.b2b.customers.application.history.HistoryEntryView;

/** Every change to a company and what belongs to it, newest first. */
final class HistoryRoutes {

    private final HistoryUseCases history;

    HistoryRoutes(HistoryUseCases history) {
        this.history = history;
    }

    void addTo(ApiRoutes routes) {
        routes.get("/companies/{id}/history", (ctx, actor) -> {
            CompanyHistoryQuery query = new CompanyHistoryQuery(PathIds.company(ctx), Paging.pageOf(ctx));
            Paging.respond(ctx, () -> history.ofCompany().history(actor, query), HistoryEntryJson::of);
        });
    }

    /** One change; {@code actorName} is the acting user's full name while that user exists. */
    record HistoryEntryJson(Instant at, String actorUserId, String actorName, String action, Map<String, String> details) {

        static HistoryEntryJson of(HistoryEntryView view) {
            return new HistoryEntryJson(view.at(), view.actorUserId().toString(), view.actorName().orElse(null),
                    view.action(), view.details());
        }
    }
}
