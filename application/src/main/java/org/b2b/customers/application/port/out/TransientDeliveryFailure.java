package org.b2b.customers.application.port.out;

/** The mail could not be delivered now (server unreachable, timeout, a 4xx reply); later it may be. */
public final class TransientDeliveryFailure extends DeliveryFailure {

    public TransientDeliveryFailure(String reason, Throwable cause) {
        super(reason, cause);
    }
}
