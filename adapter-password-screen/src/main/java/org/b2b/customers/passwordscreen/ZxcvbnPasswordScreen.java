package org.b2b.customers.passwordscreen;

import com.nulabinc.zxcvbn.Feedback;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import java.nio.CharBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.b2b.customers.application.port.out.PasswordScreen;
import org.b2b.customers.domain.user.Password;

/**
 * Refuses passwords that zxcvbn scores below 3 ("safely unguessable": about 10^8 guesses or more, beyond an online
 * attack); {@code password1234} and {@code 123456789012} score 1, a pass-phrase of four plain words scores 4.
 */
public final class ZxcvbnPasswordScreen implements PasswordScreen {

    static final int LEAST_SCORE = 3;

    private final Zxcvbn zxcvbn = new Zxcvbn();

    @Override
    public Optional<String> weakness(Password password, List<String> personalWords) {
        char[] characters = password.characters();
        try {
            Strength strength = zxcvbn.measure(CharBuffer.wrap(characters), personalWords);
            return strength.getScore() >= LEAST_SCORE ? Optional.empty() : Optional.of(reason(strength.getFeedback()));
        } finally {
            Arrays.fill(characters, '\0');
        }
    }

    /** zxcvbn's warning and suggestions, or a general reason when it has neither (a short run of digits, say). */
    private static String reason(Feedback feedback) {
        String said = Stream.concat(Stream.of(feedback.getWarning(Locale.ENGLISH)),
                        feedback.getSuggestions(Locale.ENGLISH).stream())
                .filter(text -> text != null && !text.isBlank())
                .collect(Collectors.joining(" "));
        return said.isEmpty() ? "it would be found within few guesses. Add a few uncommon words." : said;
    }
}
