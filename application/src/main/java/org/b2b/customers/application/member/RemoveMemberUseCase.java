package org.b2b.customers.application.member;

import org.b2b.customers.application.common.Actor;

/**
 * Removes a member from their company; the user stays and goes back to the pool. The contact person cannot be
 * removed until another is chosen, nor can a company admin remove themselves while they are the last active one.
 */
public interface RemoveMemberUseCase {

    void remove(Actor actor, RemoveMemberCommand command);
}
