package org.demandatlas.generate;

import java.util.Locale;
import java.util.Set;

/**
 * Case styles of tactic names as exports write them. Acronyms (all capitals, such as {@code SOAP}, {@code IT},
 * {@code CCTV}) keep their case in every style except the deliberately odd ones. Always {@link Locale#ROOT}.
 */
final class Casing {
    private static final String VOWELS = "aeiouAEIOU";
    private static final Set<String> MINOR_WORDS = Set.of("a", "an", "and", "and/or", "for", "in", "of", "or",
            "the", "to");

    private Casing() {
    }

    /** {@code Reverse stings}, {@code SOAP orders}: first letter capital, other words lower. */
    static String sentenceCase(String text) {
        return capitalizeFirst(lowerWords(text));
    }

    /** {@code Reverse Stings}, {@code Stay Out of Areas of Prostitution}, {@code Web-Based Reverse Stings}. */
    static String titleCase(String text) {
        String[] words = text.split(" ", -1);
        for (int i = 0; i < words.length; i++) {
            boolean minor = i > 0 && MINOR_WORDS.contains(words[i].toLowerCase(Locale.ROOT));
            words[i] = minor ? words[i].toLowerCase(Locale.ROOT) : capitalizeParts(words[i]);
        }
        return String.join(" ", words);
    }

    /** For running text: {@code john stings}, {@code IT-based tactics}. */
    static String lowerWords(String text) {
        String[] words = text.split(" ", -1);
        for (int i = 0; i < words.length; i++) {
            words[i] = lowerUnlessAcronym(words[i]);
        }
        return String.join(" ", words);
    }

    /** Every letter lower case: {@code soap orders}. */
    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    /** Every letter upper case: {@code REVERSE STINGS}. */
    static String upper(String text) {
        return text.toUpperCase(Locale.ROOT);
    }

    /** Lower case with the last word shouted: {@code reverse STINGS}. */
    static String shoutLastWord(String text) {
        String lower = lower(text);
        int space = lower.lastIndexOf(' ');
        return space < 0 ? upper(lower) : lower.substring(0, space + 1) + upper(lower.substring(space + 1));
    }

    /** {@code a aggressive sweep} → {@code an aggressive sweep}, {@code A effective} → {@code An effective}. */
    static String fixArticles(String text) {
        if (text.indexOf("a ") < 0 && text.indexOf("A ") < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            out.append(text.charAt(i));
            if (isArticleBeforeVowel(text, i)) {
                out.append('n');
            }
        }
        return out.toString();
    }

    private static boolean isArticleBeforeVowel(String text, int i) {
        char c = text.charAt(i);
        return (c == 'a' || c == 'A') && i + 2 < text.length() && text.charAt(i + 1) == ' '
                && VOWELS.indexOf(text.charAt(i + 2)) >= 0 && (i == 0 || !Character.isLetter(text.charAt(i - 1)));
    }

    private static String lowerUnlessAcronym(String word) {
        String[] parts = word.split("-", -1);
        for (int i = 0; i < parts.length; i++) {
            parts[i] = isAcronym(parts[i]) ? parts[i] : parts[i].toLowerCase(Locale.ROOT);
        }
        return String.join("-", parts);
    }

    private static String capitalizeParts(String word) {
        String[] parts = word.split("-", -1);
        for (int i = 0; i < parts.length; i++) {
            parts[i] = capitalizeFirst(parts[i]);
        }
        return String.join("-", parts);
    }

    /** The text with its first letter upper case: {@code (Stay} stays, {@code the police} → {@code The police}. */
    static String capitalizeFirst(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                return text.substring(0, i) + Character.toUpperCase(text.charAt(i)) + text.substring(i + 1);
            }
        }
        return text;
    }

    /** Two or more letters, none of them lower case: {@code SOAP}, {@code IT}, {@code (CCTV)}. */
    private static boolean isAcronym(String part) {
        int letters = 0;
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters += Character.isLetter(c) ? 1 : 0;
        }
        return letters >= 2;
    }
}
