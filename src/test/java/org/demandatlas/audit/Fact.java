package org.demandatlas.audit;

/**
 * One fact the site states ({@code kind} of {@code subject} is {@code value}), with the seed file and line it comes
 * from, and what is wrong with it (null when the line says it). Line 0 means no line: allowed only for an unknown
 * ("not stated"), which claims nothing.
 */
record Fact(String file, int line, String kind, String subject, String value, String problem) {
    static final String NOT_STATED = "not stated";

    static Fact checked(String file, int line, String kind, String subject, String value, boolean holds,
                        String otherwise) {
        String problem = holds ? null : otherwise;
        if (problem == null && line < 1 && !NOT_STATED.equals(value)) {
            problem = "no source line";
        }
        return new Fact(file, line, kind, subject, value, problem);
    }

    static Fact unknown(String file, String kind, String subject) {
        return new Fact(file, 0, kind, subject, NOT_STATED, null);
    }

    boolean ok() {
        return problem == null;
    }

    @Override
    public String toString() {
        return file + ":" + line + " " + kind + " " + subject + " = " + value + (ok() ? "" : "  <-- " + problem);
    }
}
