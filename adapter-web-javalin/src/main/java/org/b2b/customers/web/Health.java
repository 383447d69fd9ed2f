package org.b2b.customers.web;

import java.util.function.BooleanSupplier;

/** What the readiness probe asks: can the server do its work now (is its database answering)? */
public record Health(BooleanSupplier ready) {}
