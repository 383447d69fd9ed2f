package org.b2b.customers.domain.user;

/** Staff work in the Back Office for the seller; customers belong (at most) to one company and use the portal. */
public enum UserType {
    STAFF,
    CUSTOMER
}
