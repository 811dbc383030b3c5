package org.demandatlas.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.demandatlas.model.Block;
import org.demandatlas.model.Catalog;
import org.demandatlas.model.Document;
import org.demandatlas.model.StatuteRef;

/**
 * Recognises statute references in document bodies: {@code §53a-82 to §53a-90}, {@code 53a-83(c)},
 * {@code Sec. 53a-192a}, {@code 53a-192a}. A section needs a marker ({@code §}, {@code Sec.}, {@code Section}) or a
 * letter in its title ({@code 53a}), so that phone numbers and street numbers ({@code 860-240}, {@code 18-20}) are
 * not read as statutes. The state is the document's; the link comes from {@link StatuteLinks}.
 */
public final class StatuteFinder {
    private static final String MARK = "(?:\u00A7{1,2}\\s*|\\bSec(?:tion)?s?\\.?\\s+)";
    private static final String SECTION = "(\\d+[a-z]?-\\d+[a-z]*)";
    private static final Pattern REFERENCE = Pattern.compile("(" + MARK + ")?\\b" + SECTION
            + "(?:\\(([a-z0-9]{1,3})\\))?(?:\\s+(?:to|through)\\s+" + MARK + "?" + SECTION + ")?");

    private final StatuteLinks links;

    public StatuteFinder(StatuteLinks links) {
        this.links = links;
    }

    /** Every statute reference of the catalog's documents, in document and text order. */
    public List<StatuteRef> extract(Catalog catalog) {
        List<StatuteRef> refs = new ArrayList<>();
        catalog.documents().forEach(d -> refs.addAll(refsOf(d)));
        return refs;
    }

    List<StatuteRef> refsOf(Document document) {
        Optional<String> state = stateOf(document);
        if (state.isEmpty()) {
            return List.of();
        }
        List<StatuteRef> refs = new ArrayList<>();
        for (Block block : document.body()) {
            Matcher m = REFERENCE.matcher(block.text());
            while (m.find()) {
                if (m.group(1) == null && !m.group(2).matches("\\d+[a-z]-.*")) {
                    continue;
                }
                refs.add(new StatuteRef(state.get(), m.group(2), m.group(3), m.group(4), m.group().strip(),
                        links.urlOf(state.get(), m.group(2)).orElse(null), document.id(), document.file(),
                        block.lineAt(m.start() + m.group().length() - m.group().stripLeading().length())));
            }
        }
        return refs;
    }

    private static Optional<String> stateOf(Document document) {
        return document.findJurisdiction().map(id -> id.split("/")[0].toUpperCase(Locale.ROOT))
                .filter(code -> code.matches("[A-Z]{2}"));
    }
}
