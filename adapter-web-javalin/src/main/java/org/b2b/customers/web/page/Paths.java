package org.b2b.customers.web.page;

import org.b2b.customers.domain.company.CompanyId;

/** The addresses of the pages, in one place, so that templates and redirects cannot drift apart. */
public final class Paths {

    public static final String SIGN_IN = "/login";
    public static final String SIGN_OUT = "/logout";
    public static final String LANGUAGE = "/language";
    public static final String COMPANIES = "/companies";
    public static final String NEW_COMPANY = "/companies/new";
    /** A customer who belongs to no company has no page of their own yet. */
    public static final String NO_COMPANY = "/no-company";

    private Paths() {}

    public static String company(CompanyId id) {
        return COMPANIES + "/" + id.value();
    }

    public static String company(CompanyId id, String tab) {
        return company(id) + "/" + tab;
    }

    /**
     * Whether a path given back to us (after sign-in, after a language switch) is one of ours: it starts with one
     * slash, so that it can never send the browser to another site.
     */
    public static boolean isLocal(String path) {
        return path != null && path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\")
                && path.length() <= 2048 && path.chars().noneMatch(c -> c < 0x20 || c == '\\');
    }
}
