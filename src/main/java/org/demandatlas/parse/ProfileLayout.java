package org.demandatlas.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.demandatlas.model.LineRole;
import org.demandatlas.model.States;
import org.demandatlas.model.Taxonomy;

/**
 * Splits the lines after a profile's header into its sections, in one pass: tactics (the lines after
 * {@code Tactics Used} or {@code Categories:} while they look like tactic names; after a blank line only a name the
 * taxonomy knows or a table row continues the list), narrative, partners, sources and trailer. Section headings get
 * their role here; the lines of each section get theirs from the section's parser. A trailer line amid the
 * narrative counts only when its value is one the trailer allows ({@code State Connecticut}); after the narrative
 * any trailer-shaped line does. Text after the trailer is reported and ignored.
 */
final class ProfileLayout {
    static final int MAX_TACTIC_CHARS = 60;
    static final int MAX_TACTIC_WORDS = 8;

    enum Section { PREAMBLE, TACTICS, NARRATIVE, PARTNERS, SOURCES, TRAILER }

    final List<Integer> tactics = new ArrayList<>();
    final List<Integer> narrative = new ArrayList<>();
    final List<Integer> partners = new ArrayList<>();
    final List<Integer> sources = new ArrayList<>();
    final List<Integer> trailer = new ArrayList<>();
    int keySourcesLine;
    private final ParseContext context;
    private final Taxonomy taxonomy;
    private final States states;
    private Section section = Section.PREAMBLE;
    private boolean listStarted;
    private boolean gapInList;

    private ProfileLayout(ParseContext context, Taxonomy taxonomy, States states) {
        this.context = context;
        this.taxonomy = taxonomy;
        this.states = states;
    }

    static ProfileLayout split(ParseContext context, int headerLine, Taxonomy taxonomy, States states) {
        ProfileLayout layout = new ProfileLayout(context, taxonomy, states);
        for (int n = headerLine + 1; n <= context.lineCount(); n++) {
            layout.accept(n);
        }
        return layout;
    }

    private void accept(int n) {
        String line = context.line(n);
        if (Text.isBlank(line)) {
            gapInList = listStarted;
            return;
        }
        Optional<SectionHeading> heading = SectionHeading.find(line)
                .filter(h -> h != SectionHeading.CATEGORIES || section == Section.PREAMBLE);
        if (heading.isPresent()) {
            enter(n, heading.get());
        } else if (isTrailer(line)) {
            section = Section.TRAILER;
            trailer.add(n);
        } else {
            place(n, line);
        }
    }

    private void enter(int n, SectionHeading heading) {
        context.role(n, LineRole.SECTION_HEADING);
        section = switch (heading) {
            case CATEGORIES, TACTICS_USED -> Section.TACTICS;
            case KEY_PARTNERS -> Section.PARTNERS;
            case KEY_SOURCES -> Section.SOURCES;
        };
        keySourcesLine = heading == SectionHeading.KEY_SOURCES ? n : keySourcesLine;
        listStarted = false;
        gapInList = false;
    }

    private boolean isTrailer(String line) {
        Optional<TrailerLine> found = TrailerLine.find(line);
        boolean amidNarrative = section == Section.PREAMBLE || section == Section.TACTICS
                || section == Section.NARRATIVE;
        return found.isPresent() && (!amidNarrative || found.get().isWellFormed(states));
    }

    private void place(int n, String line) {
        if (section == Section.TACTICS && isTactic(line)) {
            tactics.add(n);
            listStarted = true;
            return;
        }
        switch (section) {
            case PREAMBLE, TACTICS, NARRATIVE -> {
                section = Section.NARRATIVE;
                narrative.add(n);
            }
            case PARTNERS -> partners.add(n);
            case SOURCES -> sources.add(n);
            case TRAILER -> afterTrailer(n, line);
        }
    }

    private boolean isTactic(String line) {
        String text = Text.findBulletItem(line).orElseGet(() -> Text.collapse(line));
        if (TacticTable.isRow(text)) {
            return true;
        }
        if (gapInList) {
            return taxonomy.findByName(text).isPresent();
        }
        return text.length() <= MAX_TACTIC_CHARS && Text.words(text) <= MAX_TACTIC_WORDS
                && Character.isLetterOrDigit(text.charAt(0)) && ".?!:;".indexOf(Text.last(text)) < 0;
    }

    private void afterTrailer(int n, String line) {
        context.role(n, LineRole.JUNK);
        context.warn(n, context.firstColumn(n), "unexpected text '" + Text.excerpt(Text.collapse(line))
                + "' after the trailer; ignored (expected State, Type, Population, Location or Comments are closed.)");
    }
}
