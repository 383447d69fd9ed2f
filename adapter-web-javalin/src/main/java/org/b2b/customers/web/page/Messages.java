package org.b2b.customers.web.page;

import gg.jte.Content;
import gg.jte.support.LocalizationSupport;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words of the pages in one language, from {@code messages_<language>.properties}, and numbers and dates as that
 * language writes them. A message never holds user data: that goes in as a parameter, which the templates escape.
 */
public final class Messages implements LocalizationSupport {

    /** The languages the pages speak, the first being the one for everyone else. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.GERMAN);

    static final String BUNDLE = "org.b2b.customers.web.page.messages";

    /** Dates are shown in one zone for everyone until users can choose theirs. */
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private static final List<Messages> ALL = LANGUAGES.stream().map(Messages::new).toList();

    private final Locale locale;
    private final ResourceBundle bundle;

    private Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The messages of one of {@link #LANGUAGES}; any other locale gets the first. */
    public static Messages in(Locale locale) {
        return ALL.stream().filter(m -> m.locale.getLanguage().equals(locale.getLanguage())).findFirst()
                .orElse(ALL.get(0));
    }

    public Locale locale() {
        return locale;
    }

    public String language() {
        return locale.getLanguage();
    }

    @Override
    public String lookup(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no message " + key + " in " + locale, e);
        }
    }

    /** Whether there is a message for this key, for texts chosen by a code that may be new. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The plain text of a message, for a header or an attribute built in Java rather than in a template. */
    public String text(String key, Object... parameters) {
        String message = lookup(key);
        for (int i = 0; i < parameters.length; i++) {
            message = message.replace("{" + i + "}", String.valueOf(parameters[i]));
        }
        return message;
    }

    /**
     * A count with its noun: {@code key.zero} for none where the language says it differently, {@code key.one} for
     * one, {@code key.other} otherwise; the count, written the language's way, is parameter 0.
     */
    public Content plural(String key, long count, Object... more) {
        String form = count == 0 && has(key + ".zero") ? ".zero" : count == 1 ? ".one" : ".other";
        Object[] parameters = new Object[more.length + 1];
        parameters[0] = number(count);
        System.arraycopy(more, 0, parameters, 1, more.length);
        return localize(key + form, parameters);
    }

    public String number(long number) {
        return NumberFormat.getIntegerInstance(locale).format(number);
    }

    /** An amount in its currency, as this language writes money. */
    public String money(BigDecimal amount, String currency) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(Currency.getInstance(currency));
        return format.format(amount);
    }

    public String date(Instant instant) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(instant.atZone(ZONE));
    }

    public String dateTime(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .format(instant.atZone(ZONE));
    }

    /** A country's name in this language, from its ISO 3166-1 alpha-2 code. */
    public String country(String code) {
        return new Locale("", code).getDisplayCountry(locale);
    }
}
