package org.b2b.customers.application.support;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The details of a history entry for an edit: each changed field as "before → after"; unchanged ones left out. */
public final class Changes {

    private final Map<String, String> details = new LinkedHashMap<>();

    /** A fact that identifies what was changed, kept whatever changed. */
    public Changes with(String key, String value) {
        details.put(key, value);
        return this;
    }

    public Changes compare(String field, String before, String after) {
        if (!before.equals(after)) {
            details.put(field, before + " → " + after);
        }
        return this;
    }

    public Map<String, String> details() {
        return Collections.unmodifiableMap(details);
    }
}
