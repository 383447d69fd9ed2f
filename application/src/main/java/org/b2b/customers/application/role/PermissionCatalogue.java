package org.b2b.customers.application.role;

import java.util.List;

/** Everything a role's policies can name: every permission and every limitation, with what each means. */
public record PermissionCatalogue(List<PermissionView> permissions, List<LimitationView> limitations) {

    public PermissionCatalogue {
        permissions = List.copyOf(permissions);
        limitations = List.copyOf(limitations);
    }
}
