/** Customer groups, which the shop prices by, and their global price rate. */
package org.b2b.customers.domain.group;
