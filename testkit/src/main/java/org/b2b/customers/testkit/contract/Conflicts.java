package org.b2b.customers.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.shared.ErrorKind;

/** Assertions on the domain errors that stores raise, by kind and stable code. */
final class Conflicts {

    private Conflicts() {}

    static void assertRefused(ThrowingCallable call, ErrorKind kind, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.kind()).isEqualTo(kind);
        });
    }

    static void assertConflict(ThrowingCallable call, String code) {
        assertRefused(call, ErrorKind.CONFLICT, code);
    }
}
