/** The use cases of companies: creating, editing, deactivating, reading and listing them. */
package org.b2b.customers.application.company;
