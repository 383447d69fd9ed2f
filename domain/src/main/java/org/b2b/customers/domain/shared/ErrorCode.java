package org.b2b.customers.domain.shared;

/**
 * A refusal's stable machine-readable code, such as {@code contact_person.not_a_member}: each is one constant of
 * an enum beside the aggregate it is about, so that a search for a code finds where it is raised.
 */
public interface ErrorCode {

    /** The dotted code clients see and may switch on. */
    String value();
}
