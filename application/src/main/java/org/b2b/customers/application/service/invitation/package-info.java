/**
 * The invitation and registration use cases, and what they share: the line-by-line bulk invitation, the reading
 * of uploaded invitation files, the invitation mail written to the outbox and the history entries.
 */
package org.b2b.customers.application.service.invitation;
