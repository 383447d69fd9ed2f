package org.b2b.customers.application.port.out;

/**
 * Why a mail was not delivered, in words fit to show staff (such as the mail server's reply); whether trying again
 * may help is told by the subclass.
 */
public abstract sealed class DeliveryFailure extends Exception permits TransientDeliveryFailure, PermanentDeliveryFailure {

    protected DeliveryFailure(String reason, Throwable cause) {
        super(reason, cause);
    }
}
