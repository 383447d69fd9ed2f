package org.b2b.customers.domain.access;

import static java.util.Objects.requireNonNull;

/**
 * Which users a caller may list, as companies are scoped: staff (in full, or by name only), the pool of customers
 * in no company, and the members of the companies a filter admits. Nothing else, so that no list or search shows
 * a member of a company the caller may not see.
 */
public record UserScope(boolean staff, boolean staffInFull, boolean pool, CompanyFilter members) {

    /** Every user, every detail: an administrator's view. */
    public static final UserScope EVERYONE = new UserScope(true, true, true, CompanyFilter.ALL);

    public UserScope {
        requireNonNull(members);
        if (staffInFull && !staff) {
            throw new IllegalArgumentException("staff in full implies staff");
        }
    }

    /** Whether the scope leaves nobody out, so that a store need not filter at all. */
    public boolean isEveryone() {
        return staff && staffInFull && pool && members.all();
    }
}
