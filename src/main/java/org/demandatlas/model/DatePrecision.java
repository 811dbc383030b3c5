package org.demandatlas.model;

/** How precisely a timeline date is known; each has its ISO form ({@code 2015-07-11}, {@code 2015-07}, ...). */
public enum DatePrecision {
    DAY("day", "\\d{4}-\\d{2}-\\d{2}"),
    MONTH("month", "\\d{4}-\\d{2}"),
    YEAR("year", "\\d{4}"),
    DECADE("decade", "\\d{3}0"),
    CENTURY("century", "\\d{2}00");

    private final String id;
    private final String pattern;

    DatePrecision(String id, String pattern) {
        this.id = id;
        this.pattern = pattern;
    }

    public String id() {
        return id;
    }

    public boolean accepts(String date) {
        return date != null && date.matches(pattern);
    }
}
