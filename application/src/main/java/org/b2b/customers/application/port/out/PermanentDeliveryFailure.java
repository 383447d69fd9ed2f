package org.b2b.customers.application.port.out;

/** The mail will never be delivered as it is (a 5xx reply, such as an unknown mailbox); trying again is pointless. */
public final class PermanentDeliveryFailure extends DeliveryFailure {

    public PermanentDeliveryFailure(String reason, Throwable cause) {
        super(reason, cause);
    }
}
