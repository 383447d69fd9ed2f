/**
 * In-memory adapters for every driven port, behaving as a database would (copies in and out, versions checked,
 * uniqueness enforced, transactions that roll back), and {@link org.b2b.customers.testkit.InMemorySystem}, a
 * fully wired system with a clock and an outbox that tests control and read.
 */
package org.b2b.customers.testkit;
