package org.demandatlas.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Lower-case ASCII slugs that are safe as a single path segment ({@code Cañon City} → {@code canon-city}). */
public final class Slugs {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final int MAX_LENGTH = 80;

    private Slugs() {
    }

    /** The slug of any text; {@code "x"} when nothing slug-worthy is left (never empty). */
    public static String slugify(String text) {
        String folded = Normalizer.normalize(text.replace("&", " and "), Normalizer.Form.NFKD);
        folded = MARKS.matcher(folded).replaceAll("").toLowerCase(Locale.ROOT)
                .replace("'", "").replace("\u2019", "");
        String slug = NON_ALNUM.matcher(folded).replaceAll("-");
        slug = trimHyphens(slug.length() > MAX_LENGTH ? slug.substring(0, MAX_LENGTH) : slug);
        return slug.isEmpty() ? "x" : slug;
    }

    public static boolean isSlug(String text) {
        return text != null && text.length() <= MAX_LENGTH && SLUG.matcher(text).matches();
    }

    /** Throws unless {@code text} is a slug: no dots, slashes or anything that could escape a folder. */
    public static String requireSlug(String text) {
        if (!isSlug(text)) {
            throw new IllegalArgumentException("not a safe slug: " + text);
        }
        return text;
    }

    private static String trimHyphens(String slug) {
        int start = 0;
        int end = slug.length();
        while (start < end && slug.charAt(start) == '-') {
            start++;
        }
        while (end > start && slug.charAt(end - 1) == '-') {
            end--;
        }
        return slug.substring(start, end);
    }
}
