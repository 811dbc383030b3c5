package org.demandatlas.serve;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One byte range of a {@code Range: bytes=…} header, resolved against a length: {@code a-b}, {@code a-} or the
 * suffix {@code -n}. Several ranges, other units or a malformed header (or {@code b < a}) are ignored (the whole file is sent, as RFC
 * 9110 allows); a range that starts past the end is unsatisfiable (416).
 */
record ByteRange(long first, long last) {
    private static final Pattern SINGLE = Pattern.compile("bytes=(\\d{0,18})-(\\d{0,18})");

    /** The outcome of a Range header: no range (send all), a range, or unsatisfiable. */
    sealed interface Outcome {
        record Whole() implements Outcome {
        }

        record Part(ByteRange range) implements Outcome {
        }

        record Unsatisfiable() implements Outcome {
        }
    }

    long length() {
        return last - first + 1;
    }

    String contentRange(long total) {
        return "bytes " + first + "-" + last + "/" + total;
    }

    static Outcome parse(String header, long total) {
        Matcher matcher = header == null ? null : SINGLE.matcher(header.strip());
        if (matcher == null || !matcher.matches() || (matcher.group(1).isEmpty() && matcher.group(2).isEmpty())) {
            return new Outcome.Whole();
        }
        if (!matcher.group(1).isEmpty() && !matcher.group(2).isEmpty()
                && Long.parseLong(matcher.group(2)) < Long.parseLong(matcher.group(1))) {
            return new Outcome.Whole();
        }
        return range(matcher.group(1), matcher.group(2), total)
                .<Outcome>map(Outcome.Part::new).orElseGet(Outcome.Unsatisfiable::new);
    }

    private static Optional<ByteRange> range(String start, String end, long total) {
        if (start.isEmpty()) {
            long suffix = Long.parseLong(end);
            return suffix == 0 || total == 0 ? Optional.empty()
                    : Optional.of(new ByteRange(Math.max(0, total - suffix), total - 1));
        }
        long first = Long.parseLong(start);
        long last = end.isEmpty() ? total - 1 : Math.min(Long.parseLong(end), total - 1);
        if (first >= total) {
            return Optional.empty();
        }
        return Optional.of(new ByteRange(first, last));
    }
}
