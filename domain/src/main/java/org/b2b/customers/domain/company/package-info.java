/**
 * Companies, the business customers, with the details and status that every rule about them starts from, and the
 * ids of their memberships, one of which is the contact person.
 */
package org.b2b.customers.domain.company;
