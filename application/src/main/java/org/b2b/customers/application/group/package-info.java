/** The use cases of customer groups in the Admin panel. */
package org.b2b.customers.application.group;
