package org.b2b.customers.application.member;

import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.common.Page;

/** Lists a company's members, active and disabled, in the order they joined. */
public interface ListMembersUseCase {

    Page<MemberView> list(Actor actor, ListMembersQuery query);
}
