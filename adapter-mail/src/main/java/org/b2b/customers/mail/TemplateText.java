package org.b2b.customers.mail;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A template file's text, with {@code ${name}} placeholders for the values of one mail. */
final class TemplateText {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z][A-Za-z0-9]*)}");

    private final String name;
    private final String text;

    TemplateText(String name, String text) {
        this.name = name;
        this.text = text;
    }

    /** The names of the values the text shows. */
    Set<String> placeholders() {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** The text with every placeholder replaced by its value, passed through {@code escape}. */
    String render(Map<String, String> values, UnaryOperator<String> escape) {
        return PLACEHOLDER.matcher(text).replaceAll(match -> {
            String value = values.get(match.group(1));
            if (value == null) {
                throw new IllegalStateException("the mail template " + name + " shows ${" + match.group(1)
                        + "}, which this mail does not have");
            }
            return Matcher.quoteReplacement(escape.apply(value));
        });
    }

    String name() {
        return name;
    }
}
