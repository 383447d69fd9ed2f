/** Planted architecture violations; see {@code org.b2b.customers.domain.archfixture}. */
package org.b2b.customers.mail.archfixture;
