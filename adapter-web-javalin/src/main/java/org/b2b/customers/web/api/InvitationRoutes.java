package org.b2b.customers.web.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.b2b.customers.application.invitation.InvitationUseCases;
import org.b2b.customers.application.invitation.ImportInvitationsCommand;
import org.b2b.customers.application.invitation.InvitationReport;
import org.b2b.customers.application.invitation.InvitationView;
import org.b2b.customers.application.invitation.InviteMembersCommand;
import org.b2b.customers.application.invitation.Invitee;
import org.b2b.customers.application.invitation.ListInvitationsQuery;
import org.b2b.customers.domain.company.CompanyId;

/** A company's invitations: listing, inviting (typed or from a file), the link, resending and revoking. */
final class InvitationRoutes {

    private final InvitationUseCases invitations;
    private final JsonBodies bodies;

    InvitationRoutes(InvitationUseCases invitations, JsonBodies bodies) {
        this.invitations = invitations;
        this.bodies = bodies;
    }

    void addTo(ApiRoutes routes) {
        routes.get("/companies/{id}/invitations", (ctx, actor) -> {
            ListInvitationsQuery query = new ListInvitationsQuery(PathIds.company(ctx),
                    QueryParams.text(ctx, "status"), Paging.pageOf(ctx));
            Paging.respond(ctx, () -> invitations.list().list(actor, query), InvitationJson::of);
        });
        routes.post("/companies/{id}/invitations", (ctx, actor) -> {
            CompanyId companyId = PathIds.company(ctx);
            Invitations body = bodies.read(ctx, Invitations.class);
            List<Invitee> invitees = body.invitations() == null ? null : new ArrayList<>(body.invitations().stream()
                    .map(line -> line == null ? null : new Invitee(line.email(), line.role())).toList());
            ctx.json(ReportJson.of(invitations.invite().invite(actor, new InviteMembersCommand(companyId, invitees))));
        });
        routes.post("/companies/{id}/invitations/import", (ctx, actor) -> {
            CompanyId companyId = PathIds.company(ctx);
            Uploads.Upload upload = Uploads.read(ctx, "file", "role");
            ctx.json(ReportJson.of(invitations.importFile().importFile(actor,
                    new ImportInvitationsCommand(companyId, upload.file(), upload.field()))));
        });
        routes.get("/companies/{id}/invitations/{invitationId}/link", (ctx, actor) -> ctx.json(new LinkJson(
                invitations.registrationLink().link(actor, PathIds.company(ctx), PathIds.invitation(ctx)).url().toString())));
        routes.post("/companies/{id}/invitations/{invitationId}/resend", (ctx, actor) -> ctx.json(InvitationJson.of(
                invitations.resend().resend(actor, PathIds.company(ctx), PathIds.invitation(ctx)))));
        routes.post("/companies/{id}/invitations/{invitationId}/revoke", (ctx, actor) -> ctx.json(InvitationJson.of(
                invitations.revoke().revoke(actor, PathIds.company(ctx), PathIds.invitation(ctx)))));
    }

    record Invitations(List<Line> invitations) {

        record Line(String email, String role) {}
    }

    record InvitationJson(
            String id, String companyId, String email, String role, String status, Instant createdAt,
            Instant expiresAt, Instant lastSentAt, int sendCount, String deliveryFailure, InviterJson invitedBy) {

        static InvitationJson of(InvitationView view) {
            return new InvitationJson(view.id().toString(), view.companyId().toString(), view.email(), view.role(),
                    view.status().name(), view.createdAt(), view.expiresAt(), view.lastSentAt(), view.sendCount(),
                    view.deliveryFailure().orElse(null), new InviterJson(view.invitedBy().userId().toString(),
                            view.invitedBy().name().orElse(null)));
        }
    }

    /** Who sent an invitation; {@code name} is their first and last name now, null once that user is gone. */
    record InviterJson(String userId, String name) {}

    record ReportJson(List<ResultJson> results) {

        static ReportJson of(InvitationReport report) {
            return new ReportJson(report.results().stream().map(result -> new ResultJson(result.line(),
                    result.email(), result.outcome().name(),
                    result.invitationId().map(Object::toString).orElse(null))).toList());
        }
    }

    /** One line of the report; {@code invitationId} is there only for the lines that were invited. */
    record ResultJson(
            int line, String email, String outcome,
            @JsonInclude(JsonInclude.Include.NON_NULL) String invitationId) {}

    record LinkJson(String url) {}
}
