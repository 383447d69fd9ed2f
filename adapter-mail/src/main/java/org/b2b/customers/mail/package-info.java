/**
 * Mail delivery of the outbox: the dispatcher thread that runs the application's delivery rounds, the mail
 * senders (SMTP with Jakarta Mail; {@code .eml} files for a developer's laptop), and the composition of mails from
 * template files that a deployer can read and change.
 */
package org.b2b.customers.mail;
