/** The use cases of companies: creating, editing, deactivating (one or many at once), reading and listing them. */
package org.b2b.customers.application.company;
