package org.b2b.customers.web.api;

import io.javalin.http.Context;
import org.b2b.customers.application.common.Actor;

/** A handler of an authenticated route: it gets the user the bearer token lets act. */
@FunctionalInterface
interface ActorHandler {

    void handle(Context ctx, Actor actor) throws Exception;
}
