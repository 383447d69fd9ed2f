package org.b2b.customers.web.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.List;
import org.b2b.customers.application.CustomerManagement;
import org.b2b.customers.web.auth.BearerTokens;
import org.b2b.customers.web.TrustedProxies;

/**
 * The table of the API's endpoints. Every route but logging in and the registration links is wrapped so that it
 * runs only for a request with a valid bearer token, and gets the acting user.
 */
public final class ApiRoutes {

    public static final String BASE = "/api/v1";

    private final BearerTokens bearerTokens;
    private final List<ApiRoute> routes = new ArrayList<>();

    private ApiRoutes(BearerTokens bearerTokens) {
        this.bearerTokens = bearerTokens;
    }

    /** Every route of the API, served by these use cases. */
    public static List<ApiRoute> of(CustomerManagement useCases, ObjectMapper mapper, TrustedProxies proxies) {
        ApiRoutes table = new ApiRoutes(new BearerTokens(useCases.users().resolveToken()));
        JsonBodies bodies = new JsonBodies(mapper);
        new AuthRoutes(useCases.users(), bodies, proxies).addTo(table);
        new UserRoutes(useCases.users(), bodies).addTo(table);
        new PermissionRoutes(useCases.roles(), useCases.access()).addTo(table);
        new CompanyRoutes(useCases.companies(), useCases.members(), bodies).addTo(table);
        new MemberRoutes(useCases.members(), bodies).addTo(table);
        new InvitationRoutes(useCases.invitations(), bodies).addTo(table);
        new RegistrationRoutes(useCases.users(), useCases.invitations(), bodies).addTo(table);
        new AddressRoutes(useCases.addresses(), bodies).addTo(table);
        new OrderRoutes(useCases.orders(), bodies).addTo(table);
        new HistoryRoutes(useCases.history()).addTo(table);
        new CustomerGroupRoutes(useCases.customerGroups(), bodies).addTo(table);
        new RoleRoutes(useCases.roles(), bodies).addTo(table);
        new OpenApiRoute().addTo(table);
        return List.copyOf(table.routes);
    }

    void get(String path, ActorHandler handler) {
        authenticated(HandlerType.GET, path, handler);
    }

    void post(String path, ActorHandler handler) {
        authenticated(HandlerType.POST, path, handler);
    }

    void put(String path, ActorHandler handler) {
        authenticated(HandlerType.PUT, path, handler);
    }

    void patch(String path, ActorHandler handler) {
        authenticated(HandlerType.PATCH, path, handler);
    }

    void delete(String path, ActorHandler handler) {
        authenticated(HandlerType.DELETE, path, handler);
    }

    /** A route that checks its own credentials, or needs none. */
    void open(HandlerType method, String path, Handler handler) {
        routes.add(new ApiRoute(method, BASE + path, false, handler));
    }

    private void authenticated(HandlerType method, String path, ActorHandler handler) {
        routes.add(new ApiRoute(method, BASE + path, true, ctx -> handler.handle(ctx, bearerTokens.actorOf(ctx))));
    }
}
