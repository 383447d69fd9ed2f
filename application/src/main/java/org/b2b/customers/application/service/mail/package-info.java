/**
 * Prepares outbox messages for sending, filling in at sending time what the outbox must not hold; delivers them
 * through the mail sender port and keeps the books: retries with backoff, failures shown on the invitation.
 */
package org.b2b.customers.application.service.mail;
