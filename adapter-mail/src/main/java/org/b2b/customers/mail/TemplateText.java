package org.b2b.customers.mail;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A template file's text, with {@code ${name}} placeholders for the values of one mail. It is cut into its fixed
 * pieces and placeholders once, when read, since it is filled in for every mail.
 */
final class TemplateText {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z][A-Za-z0-9]*)}");

    private final String name;
    /** Fixed text and placeholder names, alternating, starting and ending with fixed text (perhaps empty). */
    private final List<String> pieces;

    TemplateText(String name, String text) {
        this.name = name;
        List<String> cut = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        int end = 0;
        while (matcher.find()) {
            cut.add(text.substring(end, matcher.start()));
            cut.add(matcher.group(1));
            end = matcher.end();
        }
        cut.add(text.substring(end));
        this.pieces = List.copyOf(cut);
    }

    /** The names of the values the text shows. */
    Set<String> placeholders() {
        Set<String> names = new LinkedHashSet<>();
        for (int i = 1; i < pieces.size(); i += 2) {
            names.add(pieces.get(i));
        }
        return names;
    }

    /** The text with every placeholder replaced by its value, passed through {@code escape}. */
    String render(Map<String, String> values, UnaryOperator<String> escape) {
        StringBuilder text = new StringBuilder(pieces.get(0));
        for (int i = 1; i < pieces.size(); i += 2) {
            String value = values.get(pieces.get(i));
            if (value == null) {
                throw new IllegalStateException("the mail template " + name + " shows ${" + pieces.get(i)
                        + "}, which this mail does not have");
            }
            text.append(escape.apply(value)).append(pieces.get(i + 1));
        }
        return text.toString();
    }

    String name() {
        return name;
    }
}
