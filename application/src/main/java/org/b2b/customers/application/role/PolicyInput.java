package org.b2b.customers.application.role;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * One policy as an administrator enters it: a {@code module} and {@code function} from the permission catalogue
 * and any of the limitations {@code own_company} and {@code represented_companies}; none means every company.
 */
public record PolicyInput(
        @NotBlank(message = "must not be blank") @Size(max = 64, message = "must be at most 64 characters") String module,
        @NotBlank(message = "must not be blank") @Size(max = 64, message = "must be at most 64 characters") String function,
        @Size(max = 2, message = "must hold at most 2 limitations")
        List<@NotNull(message = "must be own_company or represented_companies") String> limitations) {

    public PolicyInput {
        limitations = limitations == null ? List.of() : limitations;
    }

    public static PolicyInput of(String module, String function, String... limitations) {
        return new PolicyInput(module, function, List.of(limitations));
    }
}
