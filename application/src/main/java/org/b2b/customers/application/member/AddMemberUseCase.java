package org.b2b.customers.application.member;

import org.b2b.customers.application.common.Actor;

/**
 * Adds a customer user from the pool to a company. A user already in a company is a conflict
 * ({@code member.user_in_company}); a staff user or a deactivated company is refused by rule.
 */
public interface AddMemberUseCase {

    MemberView add(Actor actor, AddMemberCommand command);
}
