package org.b2b.customers.application.port.out;

import java.util.List;
import java.util.Optional;
import org.b2b.customers.domain.access.Role;
import org.b2b.customers.domain.user.RoleIdentifier;

/** The roles and their policies. */
public interface Roles {

    /** Stores a new role; a taken identifier is a conflict ({@code role.exists}). */
    Role add(Role role);

    /** Stores a changed role at the version it was read at; otherwise {@code role.stale_version}. */
    Role update(Role role);

    Optional<Role> find(RoleIdentifier identifier);

    /**
     * The role at a version just read with its holder (see {@link Principal}), or at a later one: from memory when
     * such a version is known there, else read.
     */
    Optional<Role> find(RoleIdentifier identifier, long version);

    /** All roles by identifier. */
    List<Role> all();
}
