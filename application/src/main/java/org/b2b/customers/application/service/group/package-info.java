/** The service behind the customer group use cases. */
package org.b2b.customers.application.service.group;
