/** Invitations to join a company, their lifecycle and expiry, and the secrets of their registration links. */
package org.b2b.customers.domain.invitation;
