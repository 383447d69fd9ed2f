package org.b2b.customers.domain.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * How a check and the one it replaced fared on the same texts: how many texts the old check accepted and
 * refused, and the first few texts on which the two disagree.
 */
public record Comparison(int accepted, int refused, List<String> disagreements) {

    private static final int DISAGREEMENTS_SHOWN = 20;

    /** Runs both checks on every text; what a check returns or throws is its outcome. */
    public static Comparison of(List<String> texts, Function<String, String> oldCheck,
            Function<String, String> newCheck) {
        int accepted = 0;
        List<String> disagreements = new ArrayList<>();
        for (String text : texts) {
            Outcome old = Outcome.of(oldCheck, text);
            Outcome now = Outcome.of(newCheck, text);
            if (old.accepted()) {
                accepted++;
            }
            if (!old.equals(now) && disagreements.size() < DISAGREEMENTS_SHOWN) {
                disagreements.add(visible(text) + ": was " + old + ", now " + now);
            }
        }
        return new Comparison(accepted, texts.size() - accepted, List.copyOf(disagreements));
    }

    /** The text with every character outside printable ASCII written as a Java escape, so a report shows it. */
    public static String visible(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder shown = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c >= ' ' && c <= '~' && c != '"' && c != '\\') {
                shown.append(c);
            } else {
                shown.append(String.format("\\u%04X", (int) c));
            }
        }
        return shown.append('"').toString();
    }

    /** What one check made of a text: the value it kept, the errors it refused the text with, or what it threw. */
    private record Outcome(boolean accepted, String shown) {

        static Outcome of(Function<String, String> check, String text) {
            try {
                return new Outcome(true, "accepted as " + visible(Objects.requireNonNull(check.apply(text))));
            } catch (InvalidInputException e) {
                return new Outcome(false, "refused with " + e.errors());
            } catch (RuntimeException e) {
                return new Outcome(false, "threw " + e);
            }
        }

        @Override
        public String toString() {
            return shown;
        }
    }
}
