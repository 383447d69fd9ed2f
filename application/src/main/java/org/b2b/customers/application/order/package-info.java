/** The order-history use cases: recording the orders the shop reports, updating their status, paging through them. */
package org.b2b.customers.application.order;
