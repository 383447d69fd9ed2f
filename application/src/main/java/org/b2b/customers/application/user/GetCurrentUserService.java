package org.b2b.customers.application.user;

import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.port.out.Principal;
import org.b2b.customers.application.port.out.Principals;
import org.b2b.customers.application.support.UseCaseSupport;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.user.UserErrorCode;

/** Tells a signed-in user who they are, from one read of them with their membership. */
final class GetCurrentUserService implements GetCurrentUserUseCase {

    private final UseCaseSupport support;
    private final Principals principals;

    GetCurrentUserService(UseCaseSupport support, Principals principals) {
        this.support = support;
        this.principals = principals;
    }

    @Override
    public UserView me(Actor actor) {
        return support.readingAsCaller(actor, caller -> {
            Principal principal = principals.byUser(actor.userId()).orElseThrow(() ->
                    DomainException.unauthenticated(UserErrorCode.UNKNOWN, "The acting user does not exist."));
            return UserViews.of(principal.user(), principal.membership());
        });
    }
}
