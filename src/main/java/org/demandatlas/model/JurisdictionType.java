package org.demandatlas.model;

import java.util.Locale;
import java.util.Optional;

/** The kind of government a jurisdiction is. Towns are exported as {@code City}. */
public enum JurisdictionType {
    CITY, COUNTY, STATE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<JurisdictionType> find(String text) {
        for (JurisdictionType type : values()) {
            if (type.id().equalsIgnoreCase(text.strip())) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
