package org.b2b.customers.web.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.javalin.http.Context;
import org.b2b.customers.application.address.AddressUseCases;
import org.b2b.customers.application.address.AddAddressCommand;
import org.b2b.customers.application.address.AddressInput;
import org.b2b.customers.application.address.AddressView;
import org.b2b.customers.application.address.ListAddressesQuery;
import org.b2b.customers.application.address.RemoveAddressCommand;
import org.b2b.customers.application.address.UpdateAddressCommand;

/**
 * A company's address book: listing (all, or of one {@code type}), reading one with its {@code ETag}, adding,
 * replacing and removing addresses; replacing and removing honour {@code If-Match} on the address's own version.
 */
final class AddressRoutes {

    private final AddressUseCases addresses;
    private final JsonBodies bodies;

    AddressRoutes(AddressUseCases addresses, JsonBodies bodies) {
        this.addresses = addresses;
        this.bodies = bodies;
    }

    void addTo(ApiRoutes routes) {
        routes.get("/companies/{id}/addresses", (ctx, actor) -> Paging.respondWhole(ctx, addresses.list()
                .list(actor, new ListAddressesQuery(PathIds.company(ctx), QueryParams.text(ctx, "type"))), AddressJson::of));
        routes.post("/companies/{id}/addresses", (ctx, actor) -> {
            AddressBody body = bodies.read(ctx, AddressBody.class);
            respond(ctx.status(201), addresses.add().add(actor,
                    new AddAddressCommand(PathIds.company(ctx), body.type(), body.lines(), body.makesDefault())));
        });
        routes.get("/companies/{id}/addresses/{addressId}", (ctx, actor) ->
                respond(ctx, addresses.get().get(actor, PathIds.company(ctx), PathIds.address(ctx))));
        routes.put("/companies/{id}/addresses/{addressId}", (ctx, actor) -> {
            AddressBody body = bodies.read(ctx, AddressBody.class);
            respond(ctx, addresses.update().update(actor, new UpdateAddressCommand(PathIds.company(ctx),
                    PathIds.address(ctx), body.lines(), body.makesDefault(), Versions.expected(ctx))));
        });
        routes.delete("/companies/{id}/addresses/{addressId}", (ctx, actor) -> {
            addresses.remove().remove(actor,
                    new RemoveAddressCommand(PathIds.company(ctx), PathIds.address(ctx), Versions.expected(ctx)));
            ctx.status(204);
        });
    }

    private static void respond(Context ctx, AddressView address) {
        Versions.tag(ctx, address.version());
        ctx.json(AddressJson.of(address));
    }

    /** An address as a request sends it: its lines beside {@code type} and {@code isDefault} (absent: false). */
    record AddressBody(
            String type, String name, String street, String postalCode, String city, String region, String country,
            String email, String phone, String taxId, @JsonProperty("isDefault") Boolean isDefault) {

        AddressInput lines() {
            return new AddressLines(name, street, postalCode, city, region, country, email, phone, taxId).toInput();
        }

        boolean makesDefault() {
            return Boolean.TRUE.equals(isDefault);
        }
    }
}
