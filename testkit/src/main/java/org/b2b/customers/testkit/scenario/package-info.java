/**
 * The seed's scenarios end to end, as abstract tests over a {@link org.b2b.customers.testkit.TestSystem}: run in
 * memory by the testkit and on each database by the persistence adapter's tests, they show that the same stories
 * hold whatever stores the data.
 */
package org.b2b.customers.testkit.scenario;
