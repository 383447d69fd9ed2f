package org.b2b.customers.web.api;

import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import org.b2b.customers.application.company.CompanyUseCases;
import org.b2b.customers.application.member.MemberUseCases;
import org.b2b.customers.application.company.CompanySummaryView;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.company.CreateCompanyCommand;
import org.b2b.customers.application.company.ListCompaniesQuery;
import org.b2b.customers.application.company.UpdateCompanyCommand;
import org.b2b.customers.application.member.AssignContactPersonCommand;
import org.b2b.customers.application.order.OrderTotalView;

/** Companies: listing and searching, creating, reading, editing, the contact person, and the summary. */
final class CompanyRoutes {

    private final CompanyUseCases companies;
    private final MemberUseCases members;
    private final JsonBodies bodies;

    CompanyRoutes(CompanyUseCases companies, MemberUseCases members, JsonBodies bodies) {
        this.companies = companies;
        this.members = members;
        this.bodies = bodies;
    }

    void addTo(ApiRoutes routes) {
        routes.get("/companies", (ctx, actor) -> {
            ListCompaniesQuery query = new ListCompaniesQuery(QueryParams.text(ctx, "q"),
                    QueryParams.text(ctx, "customerGroupId"), QueryParams.text(ctx, "salesRepresentativeId"),
                    QueryParams.text(ctx, "status"), Paging.pageOf(ctx));
            Paging.respond(ctx, () -> companies.list().list(actor, query), CompanyJson::of);
        });
        routes.post("/companies", (ctx, actor) -> {
            NewCompany body = bodies.read(ctx, NewCompany.class);
            CompanyView created = companies.create().create(actor, new CreateCompanyCommand(body.name(),
                    body.taxId(), body.customerGroupId(), body.salesRepresentativeId(), body.website(),
                    body.billingAddress() == null ? null : body.billingAddress().toInput()));
            ctx.header("Location", ApiRoutes.BASE + "/companies/" + created.id());
            respond(ctx.status(201), created);
        });
        routes.get("/companies/{id}", (ctx, actor) -> respond(ctx, companies.get().get(actor, PathIds.company(ctx))));
        routes.patch("/companies/{id}", (ctx, actor) -> {
            CompanyChange body = bodies.read(ctx, CompanyChange.class);
            respond(ctx, companies.update().update(actor, new UpdateCompanyCommand(PathIds.company(ctx),
                    Optional.ofNullable(body.name()), Optional.ofNullable(body.taxId()),
                    Optional.ofNullable(body.customerGroupId()), Optional.ofNullable(body.salesRepresentativeId()),
                    Optional.ofNullable(body.website()), Optional.ofNullable(body.status()), Versions.expected(ctx))));
        });
        routes.put("/companies/{id}/contact-person", (ctx, actor) -> {
            ContactPerson body = bodies.read(ctx, ContactPerson.class);
            respond(ctx, members.assignContactPerson().assign(actor,
                    new AssignContactPersonCommand(PathIds.company(ctx), body.memberId(), Versions.expected(ctx))));
        });
        routes.get("/companies/{id}/summary", (ctx, actor) ->
                ctx.json(SummaryJson.of(companies.summary().summary(actor, PathIds.company(ctx)))));
    }

    private static void respond(Context ctx, CompanyView company) {
        Versions.tag(ctx, company.version());
        ctx.json(CompanyJson.of(company));
    }

    record NewCompany(
            String name, String taxId, String customerGroupId, String salesRepresentativeId, String website,
            AddressLines billingAddress) {}

    record CompanyChange(
            String name, String taxId, String customerGroupId, String salesRepresentativeId, String website,
            String status) {}

    record ContactPerson(String memberId) {}

    record SummaryJson(
            CompanyJson company, long memberCount, long pendingInvitationCount, long orderCount,
            List<OrderJson> latestOrders, List<TotalJson> totals) {

        static SummaryJson of(CompanySummaryView view) {
            return new SummaryJson(CompanyJson.of(view.company()), view.memberCount(), view.pendingInvitationCount(),
                    view.orderCount(), view.latestOrders().stream().map(OrderJson::of).toList(),
                    view.totals().stream().map(TotalJson::of).toList());
        }
    }

    /** What a company's orders add up to in one currency. */
    record TotalJson(String currency, String total) {

        static TotalJson of(OrderTotalView view) {
            return new TotalJson(view.currency(), view.total().toPlainString());
        }
    }
}
