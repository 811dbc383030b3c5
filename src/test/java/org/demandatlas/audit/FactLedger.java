package org.demandatlas.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import org.demandatlas.model.Atlas;
import org.demandatlas.model.Citation;
import org.demandatlas.model.Document;
import org.demandatlas.model.DocumentKind;
import org.demandatlas.model.EvidenceSentence;
import org.demandatlas.model.Jurisdiction;
import org.demandatlas.model.LineRole;
import org.demandatlas.model.Partner;
import org.demandatlas.model.SourceCategory;
import org.demandatlas.model.StatuteRef;
import org.demandatlas.model.TacticEvidence;
import org.demandatlas.model.TacticUse;
import org.demandatlas.model.TimelineEvent;

/**
 * Every fact the atlas publishes — names, state, type, population, listed tactics, evidence marks with their
 * sentences, partners, Key Sources headings and citations (title, publisher, date), documents (title, date), dated
 * events and statute references — each checked against the seed line it claims, read by {@link SourceLines}, not
 * by the parser. What the atlas adds itself (a press release's made-up title) must be built from stated facts.
 */
final class FactLedger {
    private final Atlas atlas;
    private final SourceLines lines;
    private final Map<String, List<LineRole>> roles;
    private final List<Fact> facts = new ArrayList<>();

    private FactLedger(Atlas atlas, SourceLines lines, Map<String, List<LineRole>> roles) {
        this.atlas = atlas;
        this.lines = lines;
        this.roles = roles;
    }

    static List<Fact> audit(Atlas atlas, SourceLines lines, Map<String, List<LineRole>> roles) {
        FactLedger ledger = new FactLedger(atlas, lines, roles);
        atlas.jurisdictions().forEach(ledger::jurisdiction);
        atlas.documents().forEach(ledger::document);
        atlas.timeline().forEach(ledger::event);
        atlas.statutes().forEach(ledger::statute);
        ledger.dataDate();
        return List.copyOf(ledger.facts);
    }

    private void add(Fact fact) {
        facts.add(fact);
    }

    private String fileOf(Jurisdiction j) {
        return j.documents().stream().map(id -> atlas.findDocument(id).orElseThrow())
                .filter(d -> d.curated() == j.curated()).map(Document::file).findFirst().orElse("?");
    }

    private void jurisdiction(Jurisdiction j) {
        String file = fileOf(j);
        OptionalInt name = firstWithRole(file, j.name(), LineRole.HEADER, LineRole.TITLE);
        add(Fact.checked(file, name.orElse(0), "name", j.id(), j.name(), name.isPresent(),
                "name on no header or title line"));
        OptionalInt state = firstOf(firstWithRole(file, ", " + j.state().code(), LineRole.HEADER),
                firstOf(firstWithRole(file, "State " + j.state().name(), LineRole.TRAILER),
                        lines.findAnywhere(file, j.state().name())));
        add(Fact.checked(file, state.orElse(0), "state", j.id(), j.state().code(), state.isPresent(),
                "state written nowhere"));
        trailerFact(file, j, "type", j.findType().map(t -> "Type " + t.id()).orElse(null));
        trailerFact(file, j, "population", j.population() == null ? null : "Population " + j.population());
        j.tactics().forEach(t -> listed(file, j, t));
        j.partners().forEach(p -> partner(file, j, p));
        j.sources().forEach(s -> source(file, j, s));
        atlas.evidenceOf(j.id()).forEach(e -> evidence(file, j, e));
    }

    private void trailerFact(String file, Jurisdiction j, String kind, String written) {
        if (written == null) {
            add(Fact.unknown(file, kind, j.id()));
            return;
        }
        OptionalInt line = firstWithRole(file, written, LineRole.TRAILER);
        add(Fact.checked(file, line.orElse(0), kind, j.id(), written, line.isPresent(), "no trailer line says so"));
    }

    private void listed(String file, Jurisdiction j, TacticUse t) {
        add(Fact.checked(file, t.line(), "tactic-listed", j.id(), t.id() + " as '" + t.asWritten() + "'",
                lines.onLine(file, t.line(), t.asWritten()), "the line does not list it"));
    }

    private void partner(String file, Jurisdiction j, Partner p) {
        add(Fact.checked(file, p.line(), "partner", j.id(), p.name(), lines.onLine(file, p.line(), p.name()),
                "the line does not name it"));
    }

    private void source(String file, Jurisdiction j, SourceCategory s) {
        add(Fact.checked(file, s.line(), "source-heading", j.id(), s.category() + " -> " + s.tactics(),
                lines.onLine(file, s.line(), s.category()), "the line is not this heading"));
        s.citations().forEach(c -> citation(file, j, c));
    }

    private void citation(String file, Jurisdiction j, Citation c) {
        add(Fact.checked(file, c.line(), "citation-title", j.id(), c.title(), lines.onLine(file, c.line(), c.title()),
                "the line does not hold this title"));
        if (c.publisher() != null) {
            add(Fact.checked(file, c.line(), "citation-publisher", j.id(), c.publisher(),
                    lines.onLine(file, c.line(), c.publisher()), "the line does not name this publisher"));
        }
        if (c.date() != null) {
            add(Fact.checked(file, c.line(), "citation-date", j.id(), c.date(),
                    DatesWritten.states(lines.line(file, c.line()), c.date()), "the line does not state this date"));
        }
    }

    private void evidence(String file, Jurisdiction j, TacticEvidence e) {
        String subject = j.id() + " " + e.tacticId();
        if (e.listed()) {
            boolean found = j.tactics().stream().anyMatch(t -> t.id().equals(e.tacticId()));
            add(Fact.checked(file, j.tactics().stream().filter(t -> t.id().equals(e.tacticId()))
                    .mapToInt(TacticUse::line).findFirst().orElse(0), "mark-listed", subject, "listed", found,
                    "marked listed, but no Tactics Used line lists it"));
        }
        for (EvidenceSentence s : e.sentences()) {
            OptionalInt start = lines.findFrom(file, s.line(), s.text());
            add(Fact.checked(file, s.line(), "mark-described", subject, s.text(), startsOn(start, s.line()),
                    "the sentence does not start on line " + s.line()));
        }
        if (e.cited()) {
            int line = j.sources().stream().filter(s -> s.tactics().contains(e.tacticId()) && !s.citations().isEmpty())
                    .mapToInt(SourceCategory::line).findFirst().orElse(0);
            add(Fact.checked(file, line, "mark-cited", subject, e.citationCount() + " citations", line > 0,
                    "marked cited, but no Key Sources heading for it holds citations"));
        }
    }

    private void document(Document d) {
        OptionalInt title = firstWithRole(d.file(), d.title(), LineRole.TITLE, LineRole.HEADER);
        if (title.isPresent() || d.kind() != DocumentKind.PRESS_RELEASE) {
            add(Fact.checked(d.file(), title.orElse(0), "document-title", d.id(), d.title(), title.isPresent(),
                    "the title is written on no line"));
        } else {
            add(new Fact(d.file(), 0, "document-title-by-atlas", d.id(), d.title(), null));
        }
        if (d.date() == null) {
            add(Fact.unknown(d.file(), "document-date", d.id()));
            return;
        }
        OptionalInt date = anyLine(d.file(), text -> DatesWritten.states(text, d.date()));
        add(Fact.checked(d.file(), date.orElse(0), "document-date", d.id(), d.date(), date.isPresent(),
                "no line states this date"));
    }

    private void event(TimelineEvent e) {
        String subject = e.jurisdiction() == null ? "(no place)" : e.jurisdiction();
        String value = e.date() + " " + e.precision().id() + (e.isRange() ? " to " + e.end() + " "
                + e.endPrecision().id() : "") + (e.qualifier() == null ? "" : " as '" + e.qualifier() + "'") + " "
                + e.tactics() + ": " + e.sentence();
        OptionalInt start = lines.findFrom(e.file(), e.line(), e.sentence());
        String prose = SourceLines.withoutUrls(e.sentence());
        boolean dated = DatesWritten.statesEvent(prose, e.date(), e.precision(), documentDate(e.file()))
                && (!e.isRange() || DatesWritten.statesEvent(prose, e.end(), e.endPrecision(), null))
                && (e.qualifier() == null || DatesWritten.writesWord(prose, e.qualifier()));
        boolean starts = e.line() == 0 || startsOn(start, e.line());
        add(Fact.checked(e.file(), e.line(), "event", subject, value, starts && dated,
                !starts ? "the sentence does not start on line " + e.line()
                        : "the sentence does not state this date"));
    }

    private String documentDate(String file) {
        return atlas.documents().stream().filter(d -> d.file().equals(file)).map(Document::date)
                .filter(Objects::nonNull).findFirst().orElse(null);
    }

    private void statute(StatuteRef s) {
        add(Fact.checked(s.file(), s.line(), "statute", s.document(), s.asWritten(),
                lines.fromLine(s.file(), s.line(), s.asWritten()), "the line does not cite it"));
    }

    /** The atlas's date is its newest dated statement, never older than what it shows. */
    private void dataDate() {
        String newest = facts.stream().filter(f -> f.ok() && (f.kind().equals("citation-date")
                || f.kind().equals("document-date") || f.kind().equals("event")) && f.line() > 0)
                .map(f -> newestIn(f.value())).max(String::compareTo).orElse(null);
        Fact newestFact = facts.stream().filter(f -> f.ok() && newestIn(f.value()).equals(newest)).findFirst()
                .orElse(new Fact("?", 0, "", "", "", null));
        add(Fact.checked(newestFact.file(), newestFact.line(), "data-date", "atlas", atlas.dataDate(),
                Objects.equals(newest, atlas.dataDate()), "the newest dated statement is " + newest));
    }

    /** A dated fact's newest date: its first word, or a range's end ("2019 year to 2021 year ..."). */
    private static String newestIn(String value) {
        String[] words = value.split(" ");
        return words.length > 3 && words[2].equals("to") ? words[3] : words[0];
    }

    private OptionalInt firstWithRole(String file, String text, LineRole... wanted) {
        List<LineRole> fileRoles = roles.getOrDefault(file, List.of());
        for (int n = 1; n <= fileRoles.size(); n++) {
            if (List.of(wanted).contains(fileRoles.get(n - 1)) && lines.onLine(file, n, text)) {
                return OptionalInt.of(n);
            }
        }
        return OptionalInt.empty();
    }

    /** A sentence's line is the one it starts on, not its paragraph's first. */
    private static boolean startsOn(OptionalInt start, int line) {
        return start.isPresent() && start.getAsInt() == line;
    }

    private static OptionalInt firstOf(OptionalInt first, OptionalInt second) {
        return first.isPresent() ? first : second;
    }

    private OptionalInt anyLine(String file, java.util.function.Predicate<String> test) {
        for (int n = 1; lines.knows(file) && n <= lines.lineCount(file); n++) {
            if (test.test(lines.line(file, n))) {
                return OptionalInt.of(n);
            }
        }
        return OptionalInt.empty();
    }
}
