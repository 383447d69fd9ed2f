package org.b2b.customers.domain.company;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.b2b.customers.domain.shared.AsciiCharacters;

/**
 * The VAT numbers of the 27 EU member states, Northern Ireland (XI) and Great Britain: for each prefix, the format of
 * the whole number and the rule that its check digits follow, as the member states publish them for VIES.
 *
 * <p>Each check is given what follows the two-letter prefix, in the format already. Where a state's rule covers only
 * some of its numbers, the others pass unchecked: Czech birth numbers of nine digits have no check digit, and the
 * rule for Latvian personal codes is not published. Great Britain and Northern Ireland are not checked.
 */
final class VatNumbers {

    /** A prefix's format, prefix included, and the check of what follows the prefix. */
    record Rule(Pattern format, Predicate<String> checkDigits) {

        boolean fits(String number) {
            return format.matcher(number).matches();
        }

        boolean checkDigitsMatch(String number) {
            return checkDigits.test(number.substring(2));
        }
    }

    private static final String UNITED_KINGDOM = "(\\d{9}|\\d{12}|GD[0-4]\\d{2}|HA[5-9]\\d{2})";
    private static final String SPANISH_CONTROL_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";
    private static final String FRENCH_KEY_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String IRISH_CHECK_LETTERS = "WABCDEFGHIJKLMNOPQRSTUV";

    private static final Map<String, Rule> RULES = ImmutableMap.<String, Rule>builder()
            .put("AT", rule("ATU\\d{8}", VatNumbers::austria))
            .put("BE", rule("BE[01]\\d{9}", VatNumbers::belgium))
            .put("BG", rule("BG\\d{9,10}", VatNumbers::bulgaria))
            .put("CY", rule("CY\\d{8}[A-Z]", VatNumbers::cyprus))
            .put("CZ", rule("CZ([0-8]\\d{7}|\\d{9,10})", VatNumbers::czechia))
            .put("DE", rule("DE[1-9]\\d{8}", VatNumbers::germany))
            .put("DK", rule("DK[1-9]\\d{7}", VatNumbers::denmark))
            .put("EE", rule("EE\\d{9}", VatNumbers::estonia))
            .put("EL", rule("EL\\d{9}", VatNumbers::greece))
            .put("ES", rule("ES[0-9A-HJ-NP-SU-Z]\\d{7}[0-9A-Z]", VatNumbers::spain))
            .put("FI", rule("FI\\d{8}", VatNumbers::finland))
            .put("FR", rule("FR[0-9A-HJ-NP-Z]{2}\\d{9}", VatNumbers::france))
            .put("GB", rule("GB" + UNITED_KINGDOM, number -> true))
            .put("HR", rule("HR\\d{11}", VatNumbers::croatia))
            .put("HU", rule("HU\\d{8}", VatNumbers::hungary))
            .put("IE", rule("IE(\\d{7}[A-W][A-I]?|\\d[A-Z+*]\\d{5}[A-W])", VatNumbers::ireland))
            // The eighth to tenth digits name the tax office: 001 to 100, 120, 121, 888 or 999.
            .put("IT", rule("IT(?!0{7})\\d{7}(00[1-9]|0[1-9]\\d|100|12[01]|888|999)\\d", VatNumbers::italy))
            // Legal entities have nine digits, others twelve; the digit before the check digit is a 1.
            .put("LT", rule("LT(\\d{7}|\\d{10})1\\d", VatNumbers::lithuania))
            .put("LU", rule("LU\\d{8}", VatNumbers::luxembourg))
            .put("LV", rule("LV\\d{11}", VatNumbers::latvia))
            .put("MT", rule("MT[1-9]\\d{7}", VatNumbers::malta))
            .put("NL", rule("NL(?!0{9})\\d{9}B(0[1-9]|[1-9]\\d)", VatNumbers::netherlands))
            .put("PL", rule("PL\\d{10}", VatNumbers::poland))
            .put("PT", rule("PT[1-9]\\d{8}", VatNumbers::portugal))
            .put("RO", rule("RO[1-9]\\d{1,9}", VatNumbers::romania))
            .put("SE", rule("SE\\d{10}01", VatNumbers::sweden))
            .put("SI", rule("SI[1-9]\\d{7}", VatNumbers::slovenia))
            .put("SK", rule("SK[1-9]\\d{9}", VatNumbers::slovakia))
            .put("XI", rule("XI" + UNITED_KINGDOM, number -> true))
            .build();

    private VatNumbers() {}

    /** The rule of the VAT numbers that start with this prefix, or null when it is no VAT prefix. */
    static Rule forPrefix(String prefix) {
        return RULES.get(prefix);
    }

    static Set<String> prefixes() {
        return RULES.keySet();
    }

    private static Rule rule(String format, Predicate<String> checkDigits) {
        return new Rule(Pattern.compile(format), checkDigits);
    }

    /** Luhn over the seven digits after the U, plus 4. */
    private static boolean austria(String body) {
        return digit(body, 8) == Math.floorMod(6 - luhnSum(body.substring(1, 8)), 10);
    }

    /** The last two digits are 97 minus the first eight modulo 97. */
    private static boolean belgium(String body) {
        return Integer.parseInt(body.substring(8)) == 97 - Integer.parseInt(body.substring(0, 8)) % 97;
    }

    /**
     * Legal entities (nine digits): weights 1 to 8 modulo 11, or 3 to 10 when that gives 10. Ten digits are a
     * person's EGN, a foreigner's PNF or another number, each with a weighted sum of its own.
     */
    private static boolean bulgaria(String body) {
        if (body.length() == 9) {
            int check = weighted(body, 1, 2, 3, 4, 5, 6, 7, 8) % 11;
            if (check == 10) {
                check = weighted(body, 3, 4, 5, 6, 7, 8, 9, 10) % 11;
            }
            return digit(body, 8) == check % 10;
        }
        int last = digit(body, 9);
        return last == weighted(body, 2, 4, 8, 5, 10, 9, 7, 3, 6) % 11 % 10
                || last == weighted(body, 21, 19, 17, 13, 11, 9, 7, 3, 1) % 10
                || last == (11 - weighted(body, 4, 3, 2, 7, 6, 5, 4, 3, 2) % 11) % 11;
    }

    /** A letter from the sum of the odd-placed digits recoded and the even-placed ones, modulo 26. */
    private static boolean cyprus(String body) {
        int[] recoded = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21};
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += i % 2 == 0 ? recoded[digit(body, i)] : digit(body, i);
        }
        return body.charAt(8) == 'A' + sum % 26;
    }

    /**
     * Legal entities (eight digits): weights 8 to 2 modulo 11. Nine digits from 6: the same over the seven in
     * between.
     * Ten digits (birth numbers): the first nine modulo 11. Nine other digits are birth numbers from before 1954,
     * which have no check digit.
     */
    private static boolean czechia(String body) {
        if (body.length() == 8) {
            int check = (11 - weighted(body, 8, 7, 6, 5, 4, 3, 2) % 11) % 11;
            return digit(body, 7) == (check == 0 ? 1 : check % 10);
        }
        if (body.length() == 9 && body.charAt(0) == '6') {
            int sum = weighted(body.substring(1), 8, 7, 6, 5, 4, 3, 2) % 11;
            return digit(body, 8) == Math.floorMod(8 - (10 - sum) % 11, 10);
        }
        if (body.length() == 10) {
            return digit(body, 9) == Long.parseLong(body.substring(0, 9)) % 11 % 10;
        }
        return true;
    }

    /** ISO 7064 MOD 11,10. */
    private static boolean germany(String body) {
        return iso7064Mod11And10(body);
    }

    /** Weights 2, 7, 6, 5, 4, 3, 2, 1: the sum is divisible by 11. */
    private static boolean denmark(String body) {
        return weighted(body, 2, 7, 6, 5, 4, 3, 2, 1) % 11 == 0;
    }

    /** Weights 3, 7, 1 repeated: the sum is divisible by 10. */
    private static boolean estonia(String body) {
        return weighted(body, 3, 7, 1, 3, 7, 1, 3, 7, 1) % 10 == 0;
    }

    /** Weights 256 down to 2 (powers of two) modulo 11, then modulo 10. */
    private static boolean greece(String body) {
        return digit(body, 8) == weighted(body, 256, 128, 64, 32, 16, 8, 4, 2) % 11 % 10;
    }

    /**
     * NIF: a DNI's control letter over its eight digits; the same over seven for K, L and M; over the seven with X,
     * Y or Z read as 0, 1 or 2 for a NIE; otherwise a CIF, whose control is a Luhn digit or the letter for it.
     */
    private static boolean spain(String body) {
        char first = body.charAt(0);
        char control = body.charAt(8);
        int middle = Integer.parseInt(body.substring(1, 8));
        if (AsciiCharacters.isDigit(first)) {
            return control == SPANISH_CONTROL_LETTERS.charAt(Integer.parseInt(body.substring(0, 8)) % 23);
        }
        if (first == 'K' || first == 'L' || first == 'M') {
            return control == SPANISH_CONTROL_LETTERS.charAt(middle % 23);
        }
        if (first == 'X' || first == 'Y' || first == 'Z') {
            return control == SPANISH_CONTROL_LETTERS.charAt(((first - 'X') * 10_000_000 + middle) % 23);
        }
        int luhn = luhnCheckDigit(body.substring(1, 8));
        return control == '0' + luhn || control == "JABCDEFGHI".charAt(luhn);
    }

    /** Weights 7, 9, 10, 5, 8, 4, 2, 1: the sum is divisible by 11. */
    private static boolean finland(String body) {
        return weighted(body, 7, 9, 10, 5, 8, 4, 2, 1) % 11 == 0;
    }

    /**
     * The SIREN is Luhn-valid (unless it starts with 000, as Monaco's numbers do), and the key before it is either
     * (SIREN × 100 + 12) modulo 97 or, in the newer alphanumeric keys, the key's value and the SIREN agree modulo 11.
     */
    private static boolean france(String body) {
        String siren = body.substring(2);
        if (!siren.startsWith("000") && luhnSum(siren) % 10 != 0) {
            return false;
        }
        long number = Long.parseLong(siren);
        char first = body.charAt(0);
        char second = body.charAt(1);
        if (AsciiCharacters.isDigit(first) && AsciiCharacters.isDigit(second)) {
            return Integer.parseInt(body.substring(0, 2)) == (number * 100 + 12) % 97;
        }
        int key = AsciiCharacters.isDigit(first)
                ? FRENCH_KEY_CHARACTERS.indexOf(first) * 24 + FRENCH_KEY_CHARACTERS.indexOf(second) - 10
                : FRENCH_KEY_CHARACTERS.indexOf(first) * 34 + FRENCH_KEY_CHARACTERS.indexOf(second) - 100;
        return (number + 1 + key / 11) % 11 == key % 11;
    }

    /** ISO 7064 MOD 11,10 (the OIB). */
    private static boolean croatia(String body) {
        return iso7064Mod11And10(body);
    }

    /** Weights 9, 7, 3, 1 repeated: the sum is divisible by 10. */
    private static boolean hungary(String body) {
        return weighted(body, 9, 7, 3, 1, 9, 7, 3, 1) % 10 == 0;
    }

    /**
     * A letter from weights 8 to 2 modulo 23, with the second letter of the newer numbers weighted 9; the older
     * numbers (a letter, + or * second) are weighted with their first digit moved behind the other five.
     */
    private static boolean ireland(String body) {
        int sum;
        if (AsciiCharacters.isDigit(body.charAt(1))) {
            sum = weighted(body, 8, 7, 6, 5, 4, 3, 2);
            if (body.length() == 9) {
                sum += 9 * IRISH_CHECK_LETTERS.indexOf(body.charAt(8));
            }
        } else {
            sum = weighted(body.substring(2, 7) + body.charAt(0), 7, 6, 5, 4, 3, 2);
        }
        return body.charAt(7) == IRISH_CHECK_LETTERS.charAt(sum % 23);
    }

    /** Luhn over the eleven digits. */
    private static boolean italy(String body) {
        return luhnSum(body) % 10 == 0;
    }

    /** Weights 1 to 9 then 1 again, modulo 11; when that gives 10, weights 3 to 9 then 1 on. */
    private static boolean lithuania(String body) {
        int length = body.length() - 1;
        int check = 0;
        for (int i = 0; i < length; i++) {
            check += (1 + i % 9) * digit(body, i);
        }
        check %= 11;
        if (check == 10) {
            check = 0;
            for (int i = 0; i < length; i++) {
                check += (1 + (i + 2) % 9) * digit(body, i);
            }
            check %= 11;
        }
        return digit(body, length) == check % 10;
    }

    /** The last two digits are the first six modulo 89. */
    private static boolean luxembourg(String body) {
        return Integer.parseInt(body.substring(6)) == Integer.parseInt(body.substring(0, 6)) % 89;
    }

    /**
     * Legal entities (from 4): weights 9, 1, 4, 8, 3, 10, 2, 5, 7, 6, 1 give 3 modulo 11. Numbers from 0 to 3 are
     * personal codes, whose rule is not published.
     */
    private static boolean latvia(String body) {
        return body.charAt(0) <= '3' || weighted(body, 9, 1, 4, 8, 3, 10, 2, 5, 7, 6, 1) % 11 == 3;
    }

    /** Weights 3, 4, 6, 7, 8, 9 and the last two digits as a number: the sum is divisible by 37. */
    private static boolean malta(String body) {
        return weighted(body, 3, 4, 6, 7, 8, 9, 10, 1) % 37 == 0;
    }

    /**
     * The eleven-test (weights 9 to 2 and −1) of the older numbers, or, for sole traders' numbers since 2020,
     * ISO 7064 MOD 97-10 over the whole number, NL and B included as 23, 21 and 11.
     */
    private static boolean netherlands(String body) {
        if ((weighted(body, 9, 8, 7, 6, 5, 4, 3, 2) - digit(body, 8)) % 11 == 0) {
            return true;
        }
        int remainder = 0;
        for (char c : ("NL" + body).toCharArray()) {
            remainder = AsciiCharacters.isDigit(c)
                    ? (remainder * 10 + c - '0') % 97
                    : (remainder * 100 + c - 'A' + 10) % 97;
        }
        return remainder == 1;
    }

    /** Weights 6, 5, 7, 2, 3, 4, 5, 6, 7 modulo 11; 10 is no check digit. */
    private static boolean poland(String body) {
        return digit(body, 9) == weighted(body, 6, 5, 7, 2, 3, 4, 5, 6, 7) % 11;
    }

    /** Weights 9 to 2: 11 minus the sum modulo 11, 10 and 11 giving 0. */
    private static boolean portugal(String body) {
        return digit(body, 8) == (11 - weighted(body, 9, 8, 7, 6, 5, 4, 3, 2) % 11) % 11 % 10;
    }

    /** Weights 7, 5, 3, 2, 1, 7, 5, 3, 2, right-aligned on the digits before the check: 10 × sum modulo 11, then 10. */
    private static boolean romania(String body) {
        int[] weights = {7, 5, 3, 2, 1, 7, 5, 3, 2};
        int length = body.length() - 1;
        int sum = 0;
        for (int i = 0; i < length; i++) {
            sum += weights[weights.length - length + i] * digit(body, i);
        }
        return digit(body, length) == sum * 10 % 11 % 10;
    }

    /** Luhn over the ten digits of the organisation number. */
    private static boolean sweden(String body) {
        return luhnSum(body.substring(0, 10)) % 10 == 0;
    }

    /** Weights 8 to 2: 11 minus the sum modulo 11, 10 giving 0 and 11 no check digit. */
    private static boolean slovenia(String body) {
        int check = 11 - weighted(body, 8, 7, 6, 5, 4, 3, 2) % 11;
        return check != 11 && digit(body, 7) == check % 10;
    }

    /** The number is divisible by 11. */
    private static boolean slovakia(String body) {
        return Long.parseLong(body) % 11 == 0;
    }

    /** ISO 7064 MOD 11,10 over all the digits, the last being the check digit. */
    private static boolean iso7064Mod11And10(String digits) {
        int product = 10;
        for (int i = 0; i < digits.length() - 1; i++) {
            int sum = (digit(digits, i) + product) % 10;
            product = 2 * (sum == 0 ? 10 : sum) % 11;
        }
        return digit(digits, digits.length() - 1) == (11 - product) % 10;
    }

    /** The digits from the right, every second one doubled and the digits of the double added. */
    private static int luhnSum(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digit(digits, i);
            sum += doubled ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d;
            doubled = !doubled;
        }
        return sum;
    }

    private static int luhnCheckDigit(String digits) {
        return (10 - luhnSum(digits + "0") % 10) % 10;
    }

    /** The sum of the first digits, each times its weight. */
    private static int weighted(String digits, int... weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] * digit(digits, i);
        }
        return sum;
    }

    private static int digit(String digits, int index) {
        return digits.charAt(index) - '0';
    }

}
