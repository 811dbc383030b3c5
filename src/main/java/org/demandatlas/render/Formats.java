package org.demandatlas.render;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import org.demandatlas.model.JurisdictionType;

/** Locale-independent display formats: numbers with comma grouping, English dates, capitalised labels. */
final class Formats {
    static final String NOT_STATED = "Not stated";

    private Formats() {
    }

    /** {@code 124563} → {@code 124,563}, whatever the default locale; null stays null. */
    static String number(Long value) {
        return value == null ? null : String.format(Locale.ROOT, "%,d", value);
    }

    /** {@code 2006-04-29} → {@code April 29, 2006}; {@code 2006-04} → {@code April 2006}; null → {@code n.d.}. */
    static String date(String iso) {
        if (iso == null) {
            return "n.d.";
        }
        String[] parts = iso.split("-");
        if (parts.length == 1) {
            return parts[0];
        }
        String month = Month.of(Integer.parseInt(parts[1])).getDisplayName(TextStyle.FULL, Locale.US);
        return parts.length == 2 ? month + " " + parts[0] : month + " " + Integer.parseInt(parts[2]) + ", " + parts[0];
    }

    /** {@code city} → {@code City}; null (the source does not say) → {@code Not stated}. */
    static String type(JurisdictionType type) {
        if (type == null) {
            return NOT_STATED;
        }
        String id = type.id();
        return id.substring(0, 1).toUpperCase(Locale.ROOT) + id.substring(1);
    }

    static String plural(int count, String singular, String plural) {
        return String.format(Locale.ROOT, "%,d %s", count, count == 1 ? singular : plural);
    }
}
