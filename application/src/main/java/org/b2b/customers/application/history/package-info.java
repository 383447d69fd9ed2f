/** The use case that reads a company's history of changes, and the view of one entry. */
package org.b2b.customers.application.history;
