/** Companies, the business customers, with the details and status that every rule about them starts from. */
package org.b2b.customers.domain.company;
