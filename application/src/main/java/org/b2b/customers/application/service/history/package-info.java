/** The service that reads a company's history of changes. */
package org.b2b.customers.application.service.history;
