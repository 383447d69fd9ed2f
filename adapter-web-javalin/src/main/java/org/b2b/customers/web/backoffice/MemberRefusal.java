package org.b2b.customers.web.backoffice;

import java.util.Optional;
import org.b2b.customers.web.page.Refusal;

/**
 * Why a change to a member was refused, as the Members tab tells it: which change ({@code edit}, {@code disable},
 * {@code enable} or {@code remove}), to whom, and the reason. A member who cannot be named, no longer there or not
 * named by the address, leaves the heading general.
 */
public record MemberRefusal(String change, Optional<String> member, Refusal reason) {

    /** The message of the heading: the change and the member where the member can be named. */
    public String heading() {
        return member.isPresent() ? "members.refused." + change : "members.refused";
    }

    /** The member's name for the heading; the general heading takes none. */
    public String name() {
        return member.orElse("");
    }
}
