package org.b2b.customers.application.mail;

import org.b2b.customers.application.port.out.MailSender;
import org.b2b.customers.application.port.out.OutboxQueue;

/** The way out of the outbox: the queue that mails wait in, and the sender that takes them to their recipients. */
record MailRoute(OutboxQueue queue, MailSender sender) {}
