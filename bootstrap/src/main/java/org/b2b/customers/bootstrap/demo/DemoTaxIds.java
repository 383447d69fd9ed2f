package org.b2b.customers.bootstrap.demo;

import java.util.function.ToIntFunction;
import java.util.function.UnaryOperator;

/**
 * VAT numbers for demo companies with the check digits of each country's published rule, which the domain checks
 * too, so that they are accepted and look right to anyone (or any validator) who checks them. Each country's
 * numbers come from a running number, and different running numbers give different VAT numbers.
 */
final class DemoTaxIds {

    private static final long SPREAD = 7_919;
    private static final int[] POLISH_WEIGHTS = {6, 5, 7, 2, 3, 4, 5, 6, 7};
    private static final int[] DANISH_WEIGHTS = {2, 7, 6, 5, 4, 3, 2};

    private DemoTaxIds() {}

    static String germany(long n) {
        String digits = digits(10_000_000 + n * SPREAD, 8);
        return "DE" + digits + germanCheck(digits);
    }

    static String austria(long n) {
        String digits = digits(1_000_000 + n * SPREAD, 7);
        return "ATU" + digits + austrianCheck(digits);
    }

    static String france(long n) {
        String base = digits(30_000_000 + n * SPREAD, 8);
        long siren = Long.parseLong(base + luhn(base));
        return "FR" + digits(frenchKey(siren), 2) + digits(siren, 9);
    }

    /** Seven digits, a tax office code and a Luhn check digit. */
    static String italy(long n) {
        String base = digits(1_000_000 + n * SPREAD, 7) + digits(n % 100 + 1, 3);
        return "IT" + base + luhn(base);
    }

    static String netherlands(long n) {
        return withCheck(10_000_000 + n * SPREAD, 8, DemoTaxIds::dutchCheck, digits -> "NL" + digits + "B01");
    }

    static String belgium(long n) {
        String digits = digits(2_000_000 + n * SPREAD, 8);
        return "BE" + digits + digits(belgianCheck(digits), 2);
    }

    static String poland(long n) {
        return withCheck(100_000_000 + n * SPREAD, 9, DemoTaxIds::polishCheck, digits -> "PL" + digits);
    }

    static String denmark(long n) {
        return withCheck(1_000_000 + n * SPREAD, 7, DemoTaxIds::danishCheck, digits -> "DK" + digits);
    }

    /** ISO 7064 MOD 11,10 over the first eight digits. */
    static int germanCheck(String digits) {
        int product = 10;
        for (char c : digits.toCharArray()) {
            int sum = (c - '0' + product) % 10;
            product = (2 * (sum == 0 ? 10 : sum)) % 11;
        }
        return (11 - product) % 10;
    }

    /** Luhn-like over seven digits, offset by 4. */
    static int austrianCheck(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(i) - '0';
            sum += i % 2 == 1 ? crossSumOfDouble(d) : d;
        }
        return (10 - (sum + 4) % 10) % 10;
    }

    /** The two-digit key that precedes the SIREN. */
    static long frenchKey(long siren) {
        return (12 + 3 * (siren % 97)) % 97;
    }

    /** The eleven-test over eight digits; 10 means that no ninth digit makes them valid. */
    static int dutchCheck(String digits) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (digits.charAt(i) - '0');
        }
        return sum % 11;
    }

    /** 97 minus the remainder by 97 of the first eight digits. */
    static long belgianCheck(String digits) {
        return 97 - Long.parseLong(digits) % 97;
    }

    /** Weighted sum modulo 11; 10 means that no tenth digit makes them valid. */
    static int polishCheck(String digits) {
        return weighted(digits, POLISH_WEIGHTS) % 11;
    }

    /** The digit that makes the weighted sum divisible by 11; 10 means none does. */
    static int danishCheck(String digits) {
        return (11 - weighted(digits, DANISH_WEIGHTS) % 11) % 11;
    }

    static int luhn(String digits) {
        int sum = 0;
        boolean doubled = true;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            sum += doubled ? crossSumOfDouble(d) : d;
            doubled = !doubled;
        }
        return (10 - sum % 10) % 10;
    }

    /** Some bases have no valid check digit; the next base up is taken then. */
    private static String withCheck(long base, int width, ToIntFunction<String> check, UnaryOperator<String> format) {
        for (long candidate = base; ; candidate++) {
            String digits = digits(candidate, width);
            int checkDigit = check.applyAsInt(digits);
            if (checkDigit < 10) {
                return format.apply(digits + checkDigit);
            }
        }
    }

    private static int weighted(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] * (digits.charAt(i) - '0');
        }
        return sum;
    }

    private static int crossSumOfDouble(int digit) {
        return digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    }

    private static String digits(long value, int width) {
        return String.format("%0" + width + "d", value);
    }
}
