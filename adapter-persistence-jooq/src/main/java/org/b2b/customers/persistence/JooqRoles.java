package org.b2b.customers.persistence;

import static org.b2b.customers.persistence.schema.Tables.ROLES;
import static org.b2b.customers.persistence.schema.Tables.ROLE_POLICIES;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;
import org.b2b.customers.application.port.out.Roles;
import org.b2b.customers.domain.access.Limitation;
import org.b2b.customers.domain.access.Permission;
import org.b2b.customers.domain.access.Policy;
import org.b2b.customers.domain.access.Role;
import org.b2b.customers.domain.access.RoleAudience;
import org.b2b.customers.domain.access.RoleErrorCode;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.user.RoleIdentifier;
import org.b2b.customers.persistence.schema.tables.records.RolePoliciesRecord;
import org.b2b.customers.persistence.schema.tables.records.RolesRecord;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * Roles and their policies: one row per policy, its limitations a sorted comma-joined list.
 *
 * <p>Every use case reads its caller's roles, which change rarely, so roles once read are kept in memory, each with
 * the version it was read at. Each read still asks the database for the role's version (the caller's principal brings
 * it, see {@link JooqPrincipals}), and reads the policies again when the one kept is older: a role's policies change only together with its version, so an edit
 * committed by this or any other server is seen at once. A role read enters memory only once its transaction has
 * committed, so what is kept for a version is that version as committed, whoever wrote it and whatever was rolled back.
 */
final class JooqRoles implements Roles {

    private final JooqTransactions transactions;
    private final RenderedQuery versionOf;
    /** The role last read by a committed transaction, at its version then. */
    private final ConcurrentMap<RoleIdentifier, Role> committed = new ConcurrentHashMap<>();

    JooqRoles(JooqTransactions transactions) {
        this.transactions = transactions;
        this.versionOf = RenderedQuery.of(transactions, DSL.select(ROLES.VERSION).from(ROLES)
                .where(ROLES.IDENTIFIER.eq(RenderedQuery.placeholder(ROLES.IDENTIFIER))));
    }

    @Override
    public Role add(Role role) {
        DSLContext dsl = transactions.dsl();
        try {
            dsl.insertInto(ROLES)
                    .set(ROLES.IDENTIFIER, role.identifier().value())
                    .set(ROLES.NAME, role.name())
                    .set(ROLES.AUDIENCE, role.audience().name())
                    .set(ROLES.BUILT_IN, role.isBuiltIn())
                    .set(ROLES.VERSION, role.version())
                    .execute();
        } catch (DataAccessException e) {
            throw Constraints.translate(e, Map.of("roles_pk", () -> DomainException.conflict(RoleErrorCode.EXISTS,
                    "The role " + role.identifier() + " exists already.")));
        }
        insertPolicies(dsl, role);
        return role;
    }

    @Override
    public Role update(Role role) {
        DSLContext dsl = transactions.dsl();
        int updated = dsl.update(ROLES)
                .set(ROLES.NAME, role.name())
                .set(ROLES.AUDIENCE, role.audience().name())
                .set(ROLES.BUILT_IN, role.isBuiltIn())
                .set(ROLES.VERSION, role.version() + 1)
                .where(ROLES.IDENTIFIER.eq(role.identifier().value()).and(ROLES.VERSION.eq(role.version())))
                .execute();
        if (updated == 0) {
            throw Versions.refusal(dsl.fetchExists(ROLES, ROLES.IDENTIFIER.eq(role.identifier().value())),
                    RoleErrorCode.STALE_VERSION, RoleErrorCode.NOT_FOUND);
        }
        dsl.deleteFrom(ROLE_POLICIES).where(ROLE_POLICIES.ROLE_IDENTIFIER.eq(role.identifier().value())).execute();
        insertPolicies(dsl, role);
        return role.atVersion(role.version() + 1);
    }

    @Override
    public Optional<Role> find(RoleIdentifier identifier) {
        return versionOf.fetchOne(r -> r.get(ROLES.VERSION), identifier.value())
                .flatMap(version -> find(identifier, version));
    }

    /** A role kept at this version or a later one is as fresh as the caller asks for. */
    @Override
    public Optional<Role> find(RoleIdentifier identifier, long version) {
        Role known = committed.get(identifier);
        if (known != null && known.version() >= version) {
            return Optional.of(known);
        }
        Optional<Role> role = withPolicies(transactions.dsl(), identifier);
        role.ifPresent(r -> transactions.afterCommit(() -> committed.put(identifier, r)));
        return role;
    }

    /** The role and its policies in one statement, so that they are of one version. */
    private static Optional<Role> withPolicies(DSLContext dsl, RoleIdentifier identifier) {
        List<Record> rows = dsl.select(ROLES.fields()).select(ROLE_POLICIES.fields()).from(ROLES)
                .leftJoin(ROLE_POLICIES).on(ROLE_POLICIES.ROLE_IDENTIFIER.eq(ROLES.IDENTIFIER))
                .where(ROLES.IDENTIFIER.eq(identifier.value())).fetch();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(role(rows.get(0).into(ROLES), rows.stream()
                .filter(r -> r.get(ROLE_POLICIES.PERMISSION) != null).map(r -> r.into(ROLE_POLICIES)).toList()));
    }

    @Override
    public List<Role> all() {
        DSLContext dsl = transactions.dsl();
        Map<String, Result<RolePoliciesRecord>> policies = dsl.selectFrom(ROLE_POLICIES)
                .fetchGroups(ROLE_POLICIES.ROLE_IDENTIFIER);
        return dsl.selectFrom(ROLES).orderBy(ROLES.IDENTIFIER).fetch()
                .map(r -> role(r, policies.getOrDefault(r.getIdentifier(), dsl.newResult(ROLE_POLICIES))));
    }

    private static void insertPolicies(DSLContext dsl, Role role) {
        var insert = dsl.insertInto(ROLE_POLICIES, ROLE_POLICIES.ROLE_IDENTIFIER, ROLE_POLICIES.PERMISSION,
                ROLE_POLICIES.LIMITATIONS);
        for (Policy policy : role.policies()) {
            insert = insert.values(role.identifier().value(), policy.permission().key(), limitations(policy));
        }
        if (!role.policies().isEmpty()) {
            insert.execute();
        }
    }

    private static String limitations(Policy policy) {
        return policy.limitations().stream().map(Limitation::identifier).sorted().collect(Collectors.joining(","));
    }

    private static Role role(RolesRecord r, List<RolePoliciesRecord> policyRows) {
        Set<Policy> policies = new HashSet<>();
        for (RolePoliciesRecord p : policyRows) {
            Permission permission = Permission.ofKey(p.getPermission())
                    .orElseThrow(() -> new IllegalStateException("unknown permission " + p.getPermission()));
            Set<Limitation> limitations = p.getLimitations().isEmpty() ? Set.of()
                    : Arrays.stream(p.getLimitations().split(",")).map(l -> Limitation.parse("limitations", l))
                            .collect(Collectors.toSet());
            policies.add(new Policy(permission, limitations));
        }
        return Role.restore(new RoleIdentifier(r.getIdentifier()), r.getName(), RoleAudience.valueOf(r.getAudience()),
                policies, r.getBuiltIn(), r.getVersion());
    }
}
