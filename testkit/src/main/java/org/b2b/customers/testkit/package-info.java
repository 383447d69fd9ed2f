/**
 * In-memory adapters for every driven port, behaving as a database would (copies in and out, versions checked,
 * uniqueness enforced, transactions that roll back), {@link org.b2b.customers.testkit.TestSystem}, the use cases
 * wired on any driven ports with a clock and an outbox that tests control and read, and
 * {@link org.b2b.customers.testkit.InMemorySystem}, that system on the in-memory adapters.
 */
package org.b2b.customers.testkit;
