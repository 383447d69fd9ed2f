package org.b2b.customers.application.access;

import org.b2b.customers.application.common.Actor;

/** Tells an administrator whether a user may do something, and which role and policy decide it. */
public interface ExplainPermissionUseCase {

    PermissionExplanation explain(Actor actor, ExplainPermissionQuery query);
}
