package org.b2b.customers.web.api;

import io.javalin.http.Context;
import java.time.Instant;
import java.util.Optional;
import org.b2b.customers.application.member.MemberUseCases;
import org.b2b.customers.application.member.AddMemberCommand;
import org.b2b.customers.application.member.ListMembersQuery;
import org.b2b.customers.application.member.MemberView;
import org.b2b.customers.application.member.RemoveMemberCommand;
import org.b2b.customers.application.member.UpdateMemberCommand;

/** A company's members: listing, reading one with its {@code ETag}, adding a user from the pool, editing, removing. */
final class MemberRoutes {

    private final MemberUseCases members;
    private final JsonBodies bodies;

    MemberRoutes(MemberUseCases members, JsonBodies bodies) {
        this.members = members;
        this.bodies = bodies;
    }

    void addTo(ApiRoutes routes) {
        routes.get("/companies/{id}/members", (ctx, actor) -> {
            ListMembersQuery query = new ListMembersQuery(PathIds.company(ctx), Paging.pageOf(ctx));
            Paging.respond(ctx, () -> members.list().list(actor, query), MemberJson::of);
        });
        routes.post("/companies/{id}/members", (ctx, actor) -> {
            NewMember body = bodies.read(ctx, NewMember.class);
            MemberView added = members.add().add(actor,
                    new AddMemberCommand(PathIds.company(ctx), body.userId(), body.role()));
            respond(ctx.status(201), added);
        });
        routes.get("/companies/{id}/members/{memberId}", (ctx, actor) ->
                respond(ctx, members.get().get(actor, PathIds.company(ctx), PathIds.member(ctx))));
        routes.patch("/companies/{id}/members/{memberId}", (ctx, actor) -> {
            MemberChange body = bodies.read(ctx, MemberChange.class);
            respond(ctx, members.update().update(actor, new UpdateMemberCommand(PathIds.company(ctx),
                    PathIds.member(ctx), Optional.ofNullable(body.firstName()), Optional.ofNullable(body.lastName()),
                    Optional.ofNullable(body.phone()), Optional.ofNullable(body.role()),
                    Optional.ofNullable(body.status()), Versions.expected(ctx))));
        });
        routes.delete("/companies/{id}/members/{memberId}", (ctx, actor) -> {
            members.remove().remove(actor,
                    new RemoveMemberCommand(PathIds.company(ctx), PathIds.member(ctx), Versions.expected(ctx)));
            ctx.status(204);
        });
    }

    private static void respond(Context ctx, MemberView member) {
        Versions.tag(ctx, member.version());
        ctx.json(MemberJson.of(member));
    }

    record NewMember(String userId, String role) {}

    record MemberChange(String firstName, String lastName, String phone, String role, String status) {}

    record MemberJson(
            String id, String companyId, String userId, String email, String firstName, String lastName, String phone,
            String role, String status, Instant joinedAt, long version) {

        static MemberJson of(MemberView view) {
            return new MemberJson(view.id().toString(), view.companyId().toString(), view.userId().toString(),
                    view.email(), view.firstName(), view.lastName(), view.phone().orElse(null), view.role(),
                    view.status().name(), view.joinedAt(), view.version());
        }
    }
}
