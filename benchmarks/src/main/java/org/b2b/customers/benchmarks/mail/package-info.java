/**
 * P5, mail: how many queued invitation mails per second the outbox dispatcher delivers to a local SMTP server,
 * over connections reused across each batch, beside a bare Jakarta Mail loop over one connection.
 */
package org.b2b.customers.benchmarks.mail;
