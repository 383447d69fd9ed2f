/** SMTP delivery of the outbox's mail (see issue 4). */
package org.b2b.customers.mail;
