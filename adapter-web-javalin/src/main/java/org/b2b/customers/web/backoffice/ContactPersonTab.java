package org.b2b.customers.web.backoffice;

import java.util.List;
import java.util.Optional;
import org.b2b.customers.application.address.AddressView;
import org.b2b.customers.application.member.MemberView;
import org.b2b.customers.web.page.Choice;
import org.b2b.customers.web.page.FormError;

/**
 * The Company profile tab as shown: the billing address, the contact person, and the form that changes them, whose
 * select offers the active members only; {@code chosen} is the member the form shows selected, {@code version} the
 * company's version the change started from.
 */
public record ContactPersonTab(Optional<AddressView> billingAddress, Optional<MemberView> contactPerson,
        List<Choice> activeMembers, String chosen, long version, List<FormError> errors) {

    /** The name of the select, which the errors of the member use case are told under. */
    public static final String FIELD = "contactPersonId";

    public ContactPersonTab {
        activeMembers = List.copyOf(activeMembers);
        errors = List.copyOf(errors);
    }
}
