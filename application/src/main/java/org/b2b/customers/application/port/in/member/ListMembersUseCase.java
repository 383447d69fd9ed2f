package org.b2b.customers.application.port.in.member;

import org.b2b.customers.application.port.in.Actor;
import org.b2b.customers.application.port.in.Page;

/** Lists a company's members, active and disabled, in the order they joined. */
public interface ListMembersUseCase {

    Page<MemberView> list(Actor actor, ListMembersQuery query);
}
