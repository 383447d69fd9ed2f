package org.b2b.customers.domain.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Reads one of an enum's constants from input text, naming the field and the allowed values when it is none. */
public final class Choice {

    private Choice() {}

    /** The constant named by the text, in any case and with surrounding spaces ignored; else {@code invalid_<field>}. */
    public static <E extends Enum<E>> E parse(Class<E> type, String field, String text) {
        E[] constants = type.getEnumConstants();
        String name = text == null ? "" : text.strip();
        for (E constant : constants) {
            if (constant.name().equalsIgnoreCase(name)) {
                return constant;
            }
        }
        String allowed = Arrays.stream(constants).map(Enum::name).collect(Collectors.joining(", "));
        throw InvalidInputException.of(field, "invalid_" + field.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT),
                constants.length == 2 ? "must be " + constants[0].name() + " or " + constants[1].name()
                        : "must be one of " + allowed);
    }
}
