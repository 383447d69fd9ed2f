/** Schema migrations that plain SQL shared by H2 and PostgreSQL cannot express; the SQL ones are in db/migration. */
package org.b2b.customers.persistence.migration;
