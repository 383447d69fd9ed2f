package org.b2b.customers.application.member;

import org.b2b.customers.application.common.Actor;

/**
 * Edits a member's name and phone, changes their role, disables or enables them. The contact person cannot be
 * disabled, and a company admin cannot disable or demote themselves while no other active company admin remains.
 */
public interface UpdateMemberUseCase {

    MemberView update(Actor actor, UpdateMemberCommand command);
}
