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
    private static final int[] DUTCH_WEIGHTS = {9, 8, 7, 6, 5, 4, 3, 2};
    private static final int[] POLISH_WEIGHTS = {6, 5, 7, 2, 3, 4, 5, 6, 7};
    private static final int[] DANISH_WEIGHTS = {2, 7, 6, 5, 4, 3, 2};

    private DemoTaxIds() {}

    static String germany(long n) {
        return withCheck(10_000_000 + n * SPREAD, 8, DemoTaxIds::germanCheck, digits -> "DE" + digits);
    }

    static String austria(long n) {
        return withCheck(1_000_000 + n * SPREAD, 7, DemoTaxIds::austrianCheck, digits -> "ATU" + digits);
    }

    /** A SIREN (eight digits and a Luhn check digit) behind its two-digit key. */
    static String france(long n) {
        return withCheck(30_000_000 + n * SPREAD, 8, DemoTaxIds::luhn,
                siren -> "FR" + digits(frenchKey(Long.parseLong(siren)), 2) + siren);
    }

    /** Seven digits, a three-digit tax office code and a Luhn check digit. */
    static String italy(long n) {
        return withCheck((1_000_000 + n * SPREAD) * 1_000 + n % 100 + 1, 10, DemoTaxIds::luhn, digits -> "IT" + digits);
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

    /** Luhn-like over seven digits, with the second, fourth and sixth doubled and the sum offset by 4. */
    static int austrianCheck(String digits) {
        return (10 - (doubledEverySecond(digits, false) + 4) % 10) % 10;
    }

    /** The two-digit key that precedes the SIREN. */
    static long frenchKey(long siren) {
        return (12 + 3 * (siren % 97)) % 97;
    }

    /** The eleven-test over eight digits; 10 means that no ninth digit makes them valid. */
    static int dutchCheck(String digits) {
        return weighted(digits, DUTCH_WEIGHTS) % 11;
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

    /** The Luhn check digit, whose rule doubles every second digit counting back from the last. */
    static int luhn(String digits) {
        return (10 - doubledEverySecond(digits, digits.length() % 2 == 1) % 10) % 10;
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

    /** The digits' sum with every second one doubled and its digits added, starting with the first or the second. */
    private static int doubledEverySecond(String digits, boolean firstDoubled) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(i) - '0';
            sum += (i % 2 == 0) == firstDoubled ? crossSumOfDouble(d) : d;
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
