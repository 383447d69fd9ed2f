package org.b2b.customers.web.page;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The language of a visitor's pages: the one they chose in the header, else their browser's, else English. */
public final class Languages {

    static final String COOKIE = "cm_lang";
    private static final int A_YEAR = 365 * 24 * 3600;

    private Languages() {}

    public static Messages of(Context ctx) {
        return Messages.in(chosen(ctx).or(() -> preferred(ctx.header("Accept-Language"))).orElse(Locale.ENGLISH));
    }

    /** Remembers a choice in this browser; anything but a language we speak is ignored. */
    static void choose(Context ctx, String language, boolean secure) {
        supported(language).ifPresent(locale -> ctx.cookie(
                new Cookie(COOKIE, locale.getLanguage(), "/", A_YEAR, secure, true, null, SameSite.LAX)));
    }

    private static Optional<Locale> chosen(Context ctx) {
        return supported(ctx.cookie(COOKIE));
    }

    private static Optional<Locale> supported(String language) {
        return Messages.LANGUAGES.stream().filter(l -> l.getLanguage().equals(language)).findFirst();
    }

    private static Optional<Locale> preferred(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Optional.empty();
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
            return Optional.ofNullable(Locale.lookup(ranges, Messages.LANGUAGES));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
