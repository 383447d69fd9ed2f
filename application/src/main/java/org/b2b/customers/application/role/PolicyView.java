package org.b2b.customers.application.role;

import java.util.Comparator;
import java.util.List;
import org.b2b.customers.domain.access.Limitation;
import org.b2b.customers.domain.access.Policy;

/** One policy of a role: a {@code module/function} pair and its limitations, such as {@code own_company}. */
public record PolicyView(String module, String function, List<String> limitations) {

    public PolicyView {
        limitations = List.copyOf(limitations);
    }

    public static PolicyView of(Policy policy) {
        return new PolicyView(policy.permission().module(), policy.permission().function(),
                policy.limitations().stream().sorted(Comparator.naturalOrder()).map(Limitation::identifier).toList());
    }
}
