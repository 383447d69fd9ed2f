package org.b2b.customers.application.role;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.b2b.customers.application.role.PolicyInput;
import org.b2b.customers.domain.access.CustomerPolicies;
import org.b2b.customers.domain.access.Limitation;
import org.b2b.customers.domain.access.Permission;
import org.b2b.customers.domain.access.Policy;
import org.b2b.customers.domain.access.RoleAudience;
import org.b2b.customers.domain.shared.FieldErrors;

/**
 * Turns the policies an administrator entered into domain policies, naming every wrong one by its place
 * ({@code policies[2].function}), and describes policy sets and their changes for the history.
 */
final class RolePolicies {

    private RolePolicies() {}

    /**
     * The policies, or the errors of those that name nothing in the catalogue, repeat another, or carry a
     * limitation that can never hold for the role's audience (and so would silently grant nothing), or that a
     * customer role may not hold ({@link CustomerPolicies}). Missing
     * input is left to the command's own validation.
     */
    static Set<Policy> parse(FieldErrors errors, List<PolicyInput> inputs, RoleAudience audience) {
        Set<Policy> policies = new LinkedHashSet<>();
        if (inputs == null) {
            return policies;
        }
        Map<Policy, Integer> firstAt = new HashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            String field = "policies[" + i + "]";
            PolicyInput input = inputs.get(i);
            if (input == null || errors.hasError(field + ".module") || errors.hasError(field + ".function")) {
                continue;
            }
            Permission permission = permission(errors, field, input);
            Set<Limitation> limitations = limitations(errors, field, input.limitations(), audience);
            if (permission == null || limitations == null) {
                continue;
            }
            Policy policy = new Policy(permission, limitations);
            if (audience == RoleAudience.CUSTOMER && !CustomerPolicies.allows(policy)) {
                errors.add(field, "not_a_customer_policy", CustomerPolicies.description());
                continue;
            }
            Integer earlier = firstAt.putIfAbsent(policy, i);
            if (earlier != null) {
                errors.add(field, "duplicate_policy", "repeats policies[" + earlier + "]");
            }
            policies.add(policy);
        }
        return policies;
    }

    /** A policy set in a stable, readable order, such as {@code company/view[own_company], order/view}. */
    static String describe(Set<Policy> policies) {
        return policies.stream().map(Policy::toString).sorted().collect(Collectors.joining(", "));
    }

    /** What changed between two policy sets, as the history keeps it. */
    static Map<String, String> changes(Set<Policy> before, Set<Policy> after) {
        Map<String, String> changes = new LinkedHashMap<>();
        Set<Policy> added = new LinkedHashSet<>(after);
        added.removeAll(before);
        Set<Policy> removed = new LinkedHashSet<>(before);
        removed.removeAll(after);
        if (!added.isEmpty()) {
            changes.put("addedPolicies", describe(added));
        }
        if (!removed.isEmpty()) {
            changes.put("removedPolicies", describe(removed));
        }
        return changes;
    }

    private static Permission permission(FieldErrors errors, String field, PolicyInput input) {
        String module = input.module().strip();
        String function = input.function().strip();
        List<Permission> ofModule = Arrays.stream(Permission.values()).filter(p -> p.module().equals(module)).toList();
        if (ofModule.isEmpty()) {
            errors.add(field + ".module", "unknown_module", "must be one of " + Arrays.stream(Permission.values())
                    .map(Permission::module).distinct().collect(Collectors.joining(", ")));
            return null;
        }
        return Permission.of(module, function).orElseGet(() -> {
            errors.add(field + ".function", "unknown_function", "must be one of "
                    + ofModule.stream().map(Permission::function).collect(Collectors.joining(", "))
                    + " for module " + module);
            return null;
        });
    }

    private static Set<Limitation> limitations(FieldErrors errors, String field, List<String> texts,
            RoleAudience audience) {
        List<Limitation> limitations = new ArrayList<>();
        boolean valid = true;
        for (int j = 0; j < texts.size(); j++) {
            String limitationField = field + ".limitations[" + j + "]";
            String text = texts.get(j);
            Limitation limitation = text == null ? null
                    : errors.check(() -> Limitation.parse(limitationField, text.strip()));
            if (limitation != null && audience != null && !holdsFor(limitation, audience)) {
                errors.add(limitationField, "limitation_never_holds", neverHolds(limitation));
                limitation = null;
            }
            if (limitation == null) {
                valid = false;
            } else {
                limitations.add(limitation);
            }
        }
        return valid ? new LinkedHashSet<>(limitations) : null;
    }

    private static boolean holdsFor(Limitation limitation, RoleAudience audience) {
        return switch (limitation) {
            case OWN_COMPANY -> audience == RoleAudience.CUSTOMER;
            case REPRESENTED_COMPANIES -> audience == RoleAudience.STAFF;
        };
    }

    private static String neverHolds(Limitation limitation) {
        return switch (limitation) {
            case OWN_COMPANY -> "own_company never holds in a staff role: staff are members of no company";
            case REPRESENTED_COMPANIES ->
                    "represented_companies never holds in a customer role: members represent no company";
        };
    }
}
