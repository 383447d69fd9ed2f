package org.b2b.customers.domain.order;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Currency;
import org.b2b.customers.domain.shared.FieldErrors;
import org.b2b.customers.domain.shared.InvalidInputException;

/** An amount in a currency, with no more decimals than the currency has. */
public record Money(BigDecimal amount, Currency currency) {

    public Money {
        requireNonNull(amount);
        requireNonNull(currency);
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        if (amount.stripTrailingZeros().scale() > digits) {
            throw InvalidInputException.of("total", "too_precise", currency + " amounts have at most " + digits + " decimals");
        }
        if (amount.abs().compareTo(new BigDecimal("1e15")) >= 0) {
            throw InvalidInputException.of("total", "out_of_range", "must be below 10^15");
        }
        amount = amount.setScale(digits);
    }

    /** Parses a decimal string and an ISO 4217 code, naming each wrong field. */
    public static Money parse(String amountField, String amount, String currencyField, String currency) {
        var errors = new FieldErrors();
        BigDecimal value = errors.check(() -> {
            try {
                return new BigDecimal(requireNonNull(amount).strip());
            } catch (NumberFormatException | NullPointerException e) {
                throw InvalidInputException.of(amountField, "invalid_number", "must be a decimal number such as 199.90");
            }
        });
        Currency unit = errors.check(() -> {
            try {
                return Currency.getInstance(requireNonNull(currency).strip());
            } catch (IllegalArgumentException | NullPointerException e) {
                throw InvalidInputException.of(currencyField, "invalid_currency", "must be an ISO 4217 code such as EUR");
            }
        });
        errors.throwIfAny();
        try {
            return new Money(value, unit);
        } catch (InvalidInputException e) {
            throw InvalidInputException.of(amountField, e.errors().get(0).code(), e.errors().get(0).message());
        }
    }

    public Money plus(Money other) {
        if (!other.currency.equals(currency)) {
            throw new IllegalArgumentException("cannot add " + other.currency + " to " + currency);
        }
        return new Money(amount.add(other.amount), currency);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency;
    }
}
