package org.b2b.customers.domain.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/** Random texts from a fixed seed, made of the characters at the edges of what the value objects accept. */
public final class EdgeTexts {

    private static final String ASCII_LETTERS_AND_DIGITS =
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    /**
     * The neighbours of the ASCII letters and digits in the code table, the separators and symbols the checks
     * treat specially, white space (ASCII, Unicode and non-breaking) and controls, text-direction marks,
     * surrogates alone and paired, and non-ASCII letters and digits, some of which change length or become
     * ASCII when their case changes (ß, ı, ſ, ﬁ, the Kelvin sign, İ).
     */
    private static final List<String> EDGE_PIECES = List.of(
            "/", ":", "@", "[", "`", "{", "~", "\u007F",
            ".", "-", "_", "+", "(", ")", "!", "#", "'", "*", "|", "\"", "\\", ",", ";", "<", "%",
            " ", "\t", "\n", "\u000B", "\f", "\r", "\u001F", "\u0000", "\u0085", "\u009F", "\u00A0", "\u2007",
            "\u2029", "\u3000",
            "\u202A", "\u202E", "\u2066", "\u2069", "\u200E", "\u200F", "\u061C", "\u200D", "\u206A", "\u2065",
            "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uD83D\uDE80", "\uDBFF\uDFFF",
            "\u00E9", "\u00C9", "\u00DF", "\u0131", "\u0130", "\u017F", "\uFB01", "\u212A", "\u0663", "\uFF11");

    private final Random random;
    private final List<String> edgePieces;

    public EdgeTexts(long seed) {
        this(seed, List.of());
    }

    /** Texts that also use {@code morePieces}, the characters and fragments that one check treats specially. */
    public EdgeTexts(long seed, List<String> morePieces) {
        this.random = new Random(seed);
        this.edgePieces = Stream.concat(EDGE_PIECES.stream(), morePieces.stream()).toList();
    }

    /**
     * {@code count} texts, alternately made up from scratch (up to {@code maxLength} characters) and changed from
     * one of the examples, which reaches accepted texts and their near misses far more often than chance.
     */
    public List<String> mixed(int count, int maxLength, List<String> examples) {
        List<String> texts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            texts.add(i % 2 == 0 ? any(maxLength) : near(examples));
        }
        return texts;
    }

    /** A text of up to {@code maxLength} pieces, half of them ASCII letters and digits. */
    public String any(int maxLength) {
        StringBuilder text = new StringBuilder();
        for (int length = random.nextInt(maxLength + 1); length > 0; length--) {
            text.append(piece());
        }
        return text.toString();
    }

    /**
     * One of the examples after one to three edits: a character replaced, inserted or removed (which may split a
     * surrogate pair), or a short run of one piece inserted, so that examples at a length limit cross it.
     */
    public String near(List<String> examples) {
        StringBuilder text = new StringBuilder(examples.get(random.nextInt(examples.size())));
        for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
            int at = random.nextInt(text.length() + 1);
            switch (random.nextInt(4)) {
                case 0 -> text.insert(at, piece());
                case 1 -> text.insert(at, piece().repeat(2 + random.nextInt(3)));
                case 2 -> {
                    if (at < text.length()) {
                        text.deleteCharAt(at);
                    }
                }
                default -> {
                    if (at < text.length()) {
                        text.replace(at, at + 1, piece());
                    }
                }
            }
        }
        return text.toString();
    }

    private String piece() {
        if (random.nextBoolean()) {
            return String.valueOf(ASCII_LETTERS_AND_DIGITS.charAt(random.nextInt(ASCII_LETTERS_AND_DIGITS.length())));
        }
        return edgePieces.get(random.nextInt(edgePieces.size()));
    }
}
