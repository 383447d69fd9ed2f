package org.b2b.customers.domain.order;

import org.b2b.customers.domain.shared.AsciiCharacters;
import org.b2b.customers.domain.shared.InvalidInputException;

/**
 * Where the shop says an order stands, in the shop's own words: a code such as {@code PAID} or
 * {@code AWAITING_PAYMENT}, of 1 to 40 ASCII letters, digits, {@code _} and {@code -}, kept exactly as sent. The
 * shop owns its workflow, so no list of statuses is imposed; the code only has to be safe to store and show.
 */
public record OrderStatus(String code) {

    public static final int MAX_LENGTH = 40;

    /** The status of an order the shop recorded without one. */
    public static final OrderStatus PLACED = new OrderStatus("PLACED");

    public OrderStatus {
        if (!isCode(code)) {
            throw invalid("status");
        }
    }

    /** Reads a status from input, surrounding spaces ignored and case kept, naming {@code field} when it is none. */
    public static OrderStatus parse(String field, String text) {
        String code = text == null ? "" : text.strip();
        if (!isCode(code)) {
            throw invalid(field);
        }
        return new OrderStatus(code);
    }

    /** A scan rather than a regular expression, because every order read back from storage passes through here. */
    private static boolean isCode(String text) {
        if (text == null || text.isEmpty() || text.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!AsciiCharacters.isLetterOrDigit(c) && c != '_' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static InvalidInputException invalid(String field) {
        return InvalidInputException.of(field, "invalid_status",
                "must be 1 to " + MAX_LENGTH + " letters, digits, '_' or '-', such as PAID or AWAITING_PAYMENT");
    }

    @Override
    public String toString() {
        return code;
    }
}
