/**
 * The driving ports of invitations and registration: inviting members (typed or from a file), listing,
 * copying the link of, re-sending and revoking invitations, and the public registration through a link.
 */
package org.b2b.customers.application.invitation;
