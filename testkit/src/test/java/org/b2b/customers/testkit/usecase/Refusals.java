package org.b2b.customers.testkit.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.shared.ErrorKind;

/** Asserts that a use case refused, with which kind and code. */
final class Refusals {

    private Refusals() {}

    static void assertRefused(ThrowingCallable call, ErrorKind kind, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.kind()).as("kind of " + e.code() + ": " + e.getMessage()).isEqualTo(kind);
            assertThat(e.code()).isEqualTo(code);
        });
    }
}
