package org.b2b.customers.application.role;

import org.b2b.customers.domain.access.Permission;

/** One entry of the permission catalogue: the {@code module/function} a policy names, and what it allows. */
public record PermissionView(String module, String function, String key, String description) {

    public static PermissionView of(Permission permission) {
        return new PermissionView(permission.module(), permission.function(), permission.key(), permission.description());
    }
}
