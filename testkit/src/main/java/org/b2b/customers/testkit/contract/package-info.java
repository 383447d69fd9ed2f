/**
 * Contract tests of the driven ports: one abstract class per port, stating what every adapter must do, in memory or
 * on a database. An adapter's test module extends each with a class that supplies its ports; the cases include
 * those fakes usually get wrong (unsaved changes, rollbacks, stale versions, uniqueness, paging order, races).
 */
package org.b2b.customers.testkit.contract;
