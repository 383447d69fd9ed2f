/**
 * The driving ports of the mail dispatcher: turning an outbox message into the mail to send at sending time, with
 * what the outbox must not hold (a registration link) filled in then; and delivering the outbox round by round.
 */
package org.b2b.customers.application.mail;
