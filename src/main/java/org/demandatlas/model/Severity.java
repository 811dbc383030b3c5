package org.demandatlas.model;

import java.util.Locale;

/** How bad a {@link Problem} is: errors fail the build (exit 1), warnings are reported only. */
public enum Severity {
    ERROR, WARNING;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
