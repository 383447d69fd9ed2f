package org.b2b.customers.domain.group;

import java.math.BigDecimal;
import org.b2b.customers.domain.shared.InvalidInputException;

/** A customer group's global price rate: a percentage from −100 to 100 with at most two decimals. */
public record PriceRate(BigDecimal percent) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public PriceRate {
        percent = check("globalPriceRate", percent);
    }

    public static PriceRate parse(String field, String text) {
        try {
            return new PriceRate(check(field, new BigDecimal(text.strip())));
        } catch (NumberFormatException | NullPointerException e) {
            throw InvalidInputException.of(field, "invalid_number", "must be a decimal number such as -5.5");
        }
    }

    private static BigDecimal check(String field, BigDecimal value) {
        if (value == null) {
            throw InvalidInputException.of(field, "required", "must be given");
        }
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() > 2 || value.abs().compareTo(HUNDRED) > 0) {
            throw InvalidInputException.of(field, "out_of_range", "must be between -100 and 100 with at most two decimals");
        }
        return value.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }
}
