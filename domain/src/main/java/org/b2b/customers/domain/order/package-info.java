/** The orders a shop records for a company, with their amounts and statuses. */
package org.b2b.customers.domain.order;
