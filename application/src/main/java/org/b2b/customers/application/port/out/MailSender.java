package org.b2b.customers.application.port.out;

import org.b2b.customers.application.port.out.PreparedMail;

/**
 * Delivers prepared mails: how (SMTP, files) is the adapter's business. Mails go out in batches so that an
 * adapter can reuse one connection for all the mails of a batch.
 */
public interface MailSender {

    /** A new batch; it connects when it first needs to, so opening one never fails. */
    Batch openBatch();

    /** Mails sent one after the other over whatever the batch holds open until it is closed. */
    interface Batch extends AutoCloseable {

        /**
         * Delivers one mail, or says why not: a {@link TransientDeliveryFailure} when trying again later may
         * work, a {@link PermanentDeliveryFailure} when it never will.
         */
        void send(PreparedMail mail) throws DeliveryFailure;

        /** Lets go of the connection; never fails, since every mail of the batch has had its outcome by then. */
        @Override
        void close();
    }
}
