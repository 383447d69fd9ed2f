package org.b2b.customers.application.member;

import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.company.CompanyView;

/**
 * Makes an active member of the company its contact person. Anyone else — an unknown member, a member of another
 * company — is refused by rule ({@code contact_person.not_a_member}), as is a disabled member.
 */
public interface AssignContactPersonUseCase {

    CompanyView assign(Actor actor, AssignContactPersonCommand command);
}
