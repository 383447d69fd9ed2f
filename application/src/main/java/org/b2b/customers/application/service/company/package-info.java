/** The services behind the company use cases, and the views and references they share. */
package org.b2b.customers.application.service.company;
