/** Prepares outbox messages for sending: fills in, at sending time, what the outbox must not hold. */
package org.b2b.customers.application.service.mail;
