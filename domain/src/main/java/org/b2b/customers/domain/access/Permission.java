package org.b2b.customers.domain.access;

import java.util.Arrays;
import java.util.Optional;
import org.b2b.customers.domain.shared.InvalidInputException;

/**
 * Everything a policy can allow, as {@code module/function} pairs. The catalogue is closed so that a typo in a
 * role's policies is refused instead of silently granting nothing.
 */
public enum Permission {
    COMPANY_VIEW("company", "view", "see a company, its profile and summary"),
    COMPANY_CREATE("company", "create", "create companies"),
    COMPANY_EDIT("company", "edit", "edit a company's information and contact person"),
    COMPANY_DEACTIVATE("company", "deactivate", "deactivate and reactivate companies"),
    MEMBER_VIEW("member", "view", "see a company's members"),
    MEMBER_ADD("member", "add", "add users from the pool to a company"),
    MEMBER_EDIT("member", "edit", "edit members' information, role and status"),
    MEMBER_REMOVE("member", "remove", "remove members from a company"),
    INVITATION_VIEW("invitation", "view", "see invitations and copy their registration links"),
    INVITATION_CREATE("invitation", "create", "invite members"),
    INVITATION_MANAGE("invitation", "manage", "re-send and revoke invitations"),
    ADDRESS_VIEW("address", "view", "see the address book"),
    ADDRESS_EDIT("address", "edit", "add, change and remove addresses"),
    ORDER_VIEW("order", "view", "see order history"),
    ORDER_CREATE("order", "create", "record orders"),
    HISTORY_VIEW("history", "view", "see the history of changes"),
    CUSTOMER_GROUP_VIEW("customer_group", "view", "see customer groups"),
    CUSTOMER_GROUP_EDIT("customer_group", "edit", "create and edit customer groups"),
    USER_VIEW("user", "view", "see users and the pool of users"),
    USER_CREATE("user", "create", "create users"),
    ROLE_VIEW("role", "view", "see roles and explain permissions"),
    ROLE_EDIT("role", "edit", "create roles and edit their policies"),
    PORTAL_LOGIN("portal", "login", "log in to the Customer Portal");

    private final String module;
    private final String function;
    private final String description;

    Permission(String module, String function, String description) {
        this.module = module;
        this.function = function;
        this.description = description;
    }

    public String module() {
        return module;
    }

    public String function() {
        return function;
    }

    /** What the permission lets its holder do, for people editing roles. */
    public String description() {
        return description;
    }

    /** {@code module/function}. */
    public String key() {
        return module + "/" + function;
    }

    public static Optional<Permission> of(String module, String function) {
        return Arrays.stream(values()).filter(p -> p.module.equals(module) && p.function.equals(function)).findFirst();
    }

    public static Optional<Permission> ofKey(String key) {
        return Arrays.stream(values()).filter(p -> p.key().equals(key)).findFirst();
    }

    /** The permission named {@code module/function}, naming {@code field} when there is none. */
    public static Permission parse(String field, String key) {
        return ofKey(key == null ? "" : key.strip()).orElseThrow(() -> InvalidInputException.of(field, "unknown_policy",
                "must be a module/function pair of the permission catalogue, such as company/edit"));
    }

    @Override
    public String toString() {
        return key();
    }
}
