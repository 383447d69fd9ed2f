/** jOOQ persistence of every driven port, on H2 and PostgreSQL (see issue 3). */
package org.b2b.customers.persistence;
