package org.demandatlas.model;

import java.util.Locale;

/** A U.S. state (or DC): two-letter upper-case code and full name. */
public record StateRef(String code, String name) {
    public StateRef {
        Checks.requireText(code, "state code");
        Checks.requireText(name, "state name");
        if (!code.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("state code must be two upper-case letters: " + code);
        }
    }

    /** Lower-case code, the state's path segment ({@code ct}). */
    public String slug() {
        return code.toLowerCase(Locale.ROOT);
    }
}
