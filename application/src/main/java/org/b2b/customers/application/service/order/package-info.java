/** The services behind the order-history use cases. */
package org.b2b.customers.application.service.order;
