package org.demandatlas.model;

/** How precisely a timeline date is known; each has its ISO form ({@code 2015-07-11}, {@code 2015-07}, ...). */
public enum DatePrecision implements Labelled {
    DAY("day", "Day", "\\d{4}-\\d{2}-\\d{2}"),
    MONTH("month", "Month", "\\d{4}-\\d{2}"),
    YEAR("year", "Year", "\\d{4}"),
    DECADE("decade", "Decade", "\\d{3}0"),
    CENTURY("century", "Century", "\\d{2}00");

    private final String id;
    private final String label;
    private final String pattern;

    DatePrecision(String id, String label, String pattern) {
        this.id = id;
        this.label = label;
        this.pattern = pattern;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String label() {
        return label;
    }

    public boolean accepts(String date) {
        return date != null && date.matches(pattern);
    }
}
