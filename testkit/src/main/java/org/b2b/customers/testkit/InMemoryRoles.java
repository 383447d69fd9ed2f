package org.b2b.customers.testkit;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.b2b.customers.application.port.out.Roles;
import org.b2b.customers.domain.access.Role;
import org.b2b.customers.domain.access.RoleErrorCode;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.user.RoleIdentifier;

/** Roles in memory, identifiers unique. */
public final class InMemoryRoles implements Roles {

    private final InMemoryTable<RoleIdentifier, Role> table;

    public InMemoryRoles(InMemoryStore store) {
        this.table = store.table("roles");
    }

    @Override
    public Role add(Role role) {
        if (table.get(role.identifier()).isPresent()) {
            throw DomainException.conflict(RoleErrorCode.EXISTS, "The role " + role.identifier() + " exists already.");
        }
        table.put(role.identifier(), role);
        return role;
    }

    @Override
    public Role update(Role role) {
        Role stored = table.get(role.identifier()).orElseThrow(() -> DomainException.notFound(RoleErrorCode.NOT_FOUND));
        if (stored.version() != role.version()) {
            throw DomainException.staleVersion(RoleErrorCode.STALE_VERSION);
        }
        Role next = role.atVersion(role.version() + 1);
        table.put(role.identifier(), next);
        return next;
    }

    @Override
    public Optional<Role> find(RoleIdentifier identifier) {
        return table.get(identifier);
    }

    /** Memory holds only the newest version, which is as fresh as any caller asks for. */
    @Override
    public Optional<Role> find(RoleIdentifier identifier, long version) {
        return table.get(identifier);
    }

    @Override
    public List<Role> all() {
        return table.rows().sorted(Comparator.comparing(r -> r.identifier().value())).toList();
    }
}
