/** A company's address book: billing and shipping addresses and the default of each type. */
package org.b2b.customers.domain.address;
