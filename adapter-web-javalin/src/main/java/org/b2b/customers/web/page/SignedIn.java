package org.b2b.customers.web.page;

import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.user.UserView;
import org.b2b.customers.domain.user.UserType;

/** Who a browser's session lets act, and the token each of their forms carries to prove it is ours. */
public record SignedIn(Actor actor, UserView user, String formToken) {

    public boolean staff() {
        return user.type() == UserType.STAFF;
    }

    public String name() {
        return user.firstName() + " " + user.lastName();
    }

    /** Where this user starts: staff on Members › Companies, a customer on their own company. */
    public String home() {
        return staff() ? Paths.COMPANIES : user.companyId().map(Paths::company).orElse(Paths.NO_COMPANY);
    }
}
