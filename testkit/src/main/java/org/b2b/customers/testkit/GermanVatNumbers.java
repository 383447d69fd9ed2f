package org.b2b.customers.testkit;

/**
 * German VAT numbers for test data, made from a running number and with the check digit the domain checks, so that
 * tests, demo-like data and benchmarks can make as many different valid tax IDs as they need.
 */
public final class GermanVatNumbers {

    private static final int FIRST = 10_000_000;

    private GermanVatNumbers() {}

    /**
     * DE, eight digits from {@code serial} (0 to 89,999,999) and the check digit: a larger serial gives a larger
     * number, in numeric and in text order.
     */
    public static String of(int serial) {
        if (serial < 0 || serial > 99_999_999 - FIRST) {
            throw new IllegalArgumentException("a serial from 0 to 89,999,999, not " + serial);
        }
        String digits = String.valueOf(FIRST + serial);
        return "DE" + digits + checkDigit(digits);
    }

    /** ISO 7064 MOD 11,10, as the Federal Central Tax Office publishes it for VAT numbers. */
    private static int checkDigit(String digits) {
        int product = 10;
        for (int i = 0; i < digits.length(); i++) {
            int sum = (digits.charAt(i) - '0' + product) % 10;
            product = 2 * (sum == 0 ? 10 : sum) % 11;
        }
        return (11 - product) % 10;
    }
}
