package org.demandatlas.parse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.demandatlas.model.DocumentKind;
import org.demandatlas.model.States;

/**
 * Decides what a document is from its content, never its file name, and says why:
 * <ul>
 *   <li>profile: a {@code Name, ST} header line, after at most {@value #MAX_JUNK_LINES} stray lines of at most
 *       {@value #MAX_JUNK_CHARS} characters (such as {@code X}), and profile section headings or trailer lines;</li>
 *   <li>press release: a marker such as {@code FOR IMMEDIATE RELEASE} or {@code CONTACT:} opening one of the first
 *       {@value PressMarkers#WINDOW} non-blank lines;</li>
 *   <li>article: a title line followed by question headings, with no profile sections (a title shaped like a
 *       header, {@code Sex Buying in Polk County, FL}, is still a title).</li>
 * </ul>
 */
public final class DocumentClassifier {
    static final int MAX_JUNK_LINES = 2;
    static final int MAX_JUNK_CHARS = 3;
    static final int MAX_TITLE_WORDS = 20;
    private final States states;

    public DocumentClassifier(States states) {
        this.states = states;
    }

    public Classification classify(List<String> lines) {
        List<Integer> junk = new ArrayList<>();
        int content = contentLine(lines, junk);
        Evidence evidence = collect(lines, content);
        Optional<HeaderLine> header = content == 0 ? Optional.empty()
                : HeaderLine.find(lines.get(content - 1), content);
        if (header.isPresent() && (!evidence.sections.isEmpty() || !evidence.trailer.isEmpty())) {
            return new Classification(DocumentKind.PROFILE, profileReason(header.get(), evidence), 0, content, junk);
        }
        if (!evidence.markers.isEmpty()) {
            String reason = "press release: markers " + String.join(", ", evidence.markers);
            return new Classification(DocumentKind.PRESS_RELEASE, reason, 0, content, junk);
        }
        if (!evidence.sections.isEmpty() && header.isEmpty()) {
            return none("profile sections without a 'Name, ST' header (expected a first line such as Hartford, CT)",
                    content, content, junk);
        }
        if (content > 0 && isTitle(lines.get(content - 1)) && evidence.questions > 0) {
            return new Classification(DocumentKind.ARTICLE, articleReason(lines.get(content - 1), evidence), 0,
                    content, junk);
        }
        if (header.isPresent()) {
            return none("header '" + header.get().display() + "' is not followed by any profile section or trailer"
                    + " (expected Tactics Used, Key Partners, Key Sources or State, Type and Population lines)",
                    content, content, junk);
        }
        return none("not a profile, article or press release (expected a 'Name, ST' header with profile sections,"
                + " a press-release marker such as FOR IMMEDIATE RELEASE, or an article title with question"
                + " headings)", 0, content, junk);
    }

    private static Classification none(String reason, int line, int content, List<Integer> junk) {
        return new Classification(null, reason, line, content, junk);
    }

    /** The first non-blank line that is not a short stray line; stray lines before it go to {@code junk}. */
    private static int contentLine(List<String> lines, List<Integer> junk) {
        for (int n = 1; n <= lines.size(); n++) {
            String trimmed = Text.trim(lines.get(n - 1));
            if (trimmed.isEmpty()) {
                continue;
            }
            if (junk.size() < MAX_JUNK_LINES && trimmed.length() <= MAX_JUNK_CHARS) {
                junk.add(n);
            } else {
                return n;
            }
        }
        return 0;
    }

    private static final class Evidence {
        final Set<String> sections = new LinkedHashSet<>();
        final Set<String> trailer = new LinkedHashSet<>();
        final Set<String> markers = new LinkedHashSet<>();
        int questions;
    }

    private Evidence collect(List<String> lines, int content) {
        Evidence evidence = new Evidence();
        int nonBlank = 0;
        for (int n = Math.max(content, 1); n <= lines.size(); n++) {
            String line = lines.get(n - 1);
            if (Text.isBlank(line)) {
                continue;
            }
            if (++nonBlank <= PressMarkers.WINDOW) {
                PressMarkers.find(line).ifPresent(evidence.markers::add);
            }
            collectStructure(line, n > content, evidence);
        }
        return evidence;
    }

    /** Sections and trailer lines anywhere; question headings after the first line of content only. */
    private void collectStructure(String line, boolean afterContent, Evidence evidence) {
        SectionHeading.find(line).ifPresent(heading -> evidence.sections.add(heading.title()));
        TrailerLine.find(line).filter(trailer -> trailer.isWellFormed(states))
                .ifPresent(trailer -> evidence.trailer.add(trailer.key().keyword()));
        evidence.questions += afterContent && isQuestion(line) ? 1 : 0;
    }

    /** A question heading: a line of at most {@value #MAX_TITLE_WORDS} words starting with a capital, ending in ?. */
    static boolean isQuestion(String line) {
        int end = Text.end(line);
        if (end == 0 || line.charAt(end - 1) != '?') {
            return false;
        }
        String text = Text.collapse(line);
        return text.endsWith("?") && Text.words(text) <= MAX_TITLE_WORDS && Character.isUpperCase(text.charAt(0));
    }

    private static boolean isTitle(String line) {
        String text = Text.collapse(line);
        return Text.words(text) <= MAX_TITLE_WORDS && !text.endsWith(".") && Text.findBulletItem(text).isEmpty();
    }

    private static String profileReason(HeaderLine header, Evidence evidence) {
        StringBuilder reason = new StringBuilder("profile: header '").append(header.display()).append('\'');
        if (!evidence.sections.isEmpty()) {
            reason.append(", sections ").append(String.join(", ", evidence.sections));
        }
        List<String> trailer = evidence.trailer.stream()
                .filter(key -> !key.equals(TrailerLine.Key.COMMENTS.keyword())).toList();
        if (!evidence.trailer.isEmpty()) {
            reason.append(" and trailer ").append(trailer.isEmpty() ? TrailerLine.Key.COMMENTS.keyword()
                    : String.join("/", trailer));
        }
        return reason.toString();
    }

    private static String articleReason(String title, Evidence evidence) {
        return "article: title '" + Text.collapse(title) + "', " + evidence.questions + " question heading"
                + (evidence.questions == 1 ? "" : "s") + ", no profile sections or press-release markers";
    }
}
