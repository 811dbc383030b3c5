package org.demandatlas.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.demandatlas.catalog.ReferenceData;
import org.demandatlas.model.Atlas;
import org.demandatlas.model.Block;
import org.demandatlas.model.BlockKind;
import org.demandatlas.model.Citation;
import org.demandatlas.model.Document;
import org.demandatlas.model.DocumentKind;
import org.demandatlas.model.Jurisdiction;
import org.demandatlas.model.JurisdictionType;
import org.demandatlas.model.Partner;
import org.demandatlas.model.PartnerEntry;
import org.demandatlas.model.Slugs;
import org.demandatlas.model.SourceCategory;
import org.demandatlas.model.StateEntry;
import org.demandatlas.model.StateRef;
import org.demandatlas.model.TacticEntry;
import org.demandatlas.model.TacticUse;
import org.demandatlas.model.Taxonomy;

/**
 * A hand-made {@link Atlas} mirroring the five seeds (until the parser and catalog land): the curated profiles of
 * Hartford, Waterbury and Windsor Locks with their real tactics, narrative, partners and sources read from the seed
 * files; West Hartford as a non-curated place with its article; the Connecticut press release. Deliberately
 * simple line rules, good for these five files only.
 */
public final class SeedAtlasFixture {
    static final StateRef CT = new StateRef("CT", "Connecticut");
    private static final Pattern CITATION = Pattern.compile("\u201c(.+?),?\u201d,? ([^,]+),");
    private static final Taxonomy TAXONOMY = ReferenceData.loadTaxonomy();

    private SeedAtlasFixture() {
    }

    static Path seeds() {
        return Path.of(System.getProperty("atlas.basedir", ".")).resolve("seeds");
    }

    public static Atlas atlas() {
        List<Jurisdiction> jurisdictions = new ArrayList<>(List.of(
                profile("000_23610c0101512601.txt", "Hartford", 124563L),
                profile("002_01b79f9fd5eba329.txt", "Waterbury", 113811L),
                profile("003_6da4c138ab00a1bb.txt", "Windsor Locks", 12876L),
                new Jurisdiction("ct/west-hartford", "West Hartford", CT, JurisdictionType.CITY, null, false,
                        List.of(), List.of(), List.of(), List.of(), List.of("ct-west-hartford-article"))));
        List<Document> documents = new ArrayList<>();
        for (Jurisdiction j : jurisdictions.subList(0, 3)) {
            documents.add(document(j.documents().get(0), DocumentKind.PROFILE, fileOf(j.name()), j.name() + ", CT",
                    j.id(), null, j.narrative()));
        }
        documents.add(document("ct-west-hartford-article", DocumentKind.ARTICLE, "001_60efec2dbb28c6c2.txt",
                "Understanding Prostitution in West Hartford: Laws, Risks, and Resources", "ct/west-hartford", null,
                articleBody()));
        documents.add(document("ct-press-release", DocumentKind.PRESS_RELEASE, "004_5ed4e1cf5bccefb4.txt",
                "Trafficking in Persons Council Releases Annual Report", "ct", "2017-01-11", pressBody()));
        return new Atlas(jurisdictions, documents, tactics(jurisdictions), partners(jurisdictions),
                List.of(new StateEntry(CT, jurisdictions.stream().map(Jurisdiction::id).sorted().toList(),
                        List.of("ct-press-release"))), "2017-01-11");
    }

    private static String fileOf(String name) {
        return Map.of("Hartford", "000_23610c0101512601.txt", "Waterbury", "002_01b79f9fd5eba329.txt",
                "Windsor Locks", "003_6da4c138ab00a1bb.txt").get(name);
    }

    private static Jurisdiction profile(String file, String name, long population) {
        List<String> lines = lines(file);
        int tacticsAt = lines.indexOf("Tactics Used");
        int partnersAt = indexOf(lines, "Key Partners");
        int sourcesAt = indexOf(lines, "Key Sources");
        int narrativeEnd = partnersAt >= 0 ? partnersAt : sourcesAt;
        List<TacticUse> tactics = new ArrayList<>();
        int i = tacticsAt + 2;
        for (; !lines.get(i).isBlank(); i++) {
            var tactic = TAXONOMY.findByName(lines.get(i)).orElseThrow();
            tactics.add(new TacticUse(tactic.id(), tactic.name(), lines.get(i), true, i + 1));
        }
        List<Block> narrative = blocks(lines, i, narrativeEnd);
        List<Partner> partners = new ArrayList<>();
        for (int p = Math.max(partnersAt, 0); partnersAt >= 0 && p < sourcesAt; p++) {
            String line = lines.get(p).strip();
            if (line.startsWith("\u2022")) {
                String partner = line.substring(1).strip();
                partners.add(new Partner(Slugs.slugify(partner), partner, p + 1));
            }
        }
        String id = "ct/" + Slugs.slugify(name);
        return new Jurisdiction(id, name, CT, JurisdictionType.CITY, population, true, tactics, partners,
                sources(lines, sourcesAt), narrative, List.of("ct-" + Slugs.slugify(name) + "-profile"));
    }

    private static List<SourceCategory> sources(List<String> lines, int from) {
        List<SourceCategory> sources = new ArrayList<>();
        for (int i = from + 1; i < lines.size() && !lines.get(i).startsWith("State "); i++) {
            String line = lines.get(i).strip();
            if (line.endsWith(":")) {
                String category = line.substring(0, line.length() - 1);
                List<String> tactics = TAXONOMY.isContextCategory(category) ? List.of()
                        : List.of(category.split(", ")).stream()
                        .map(c -> TAXONOMY.findByName(c).map(t -> t.id()).orElse(null))
                        .filter(t -> t != null).toList();
                sources.add(new SourceCategory(category, tactics, List.of(), i + 1));
            } else if (!line.isEmpty() && !sources.isEmpty()) {
                Matcher m = CITATION.matcher(line);
                if (m.find()) {
                    SourceCategory last = sources.remove(sources.size() - 1);
                    List<Citation> citations = new ArrayList<>(last.citations());
                    citations.add(new Citation(m.group(1), m.group(2), null, line, i + 1));
                    sources.add(new SourceCategory(last.category(), last.tactics(), citations, last.line()));
                }
            }
        }
        return sources;
    }

    private static List<Block> blocks(List<String> lines, int from, int to) {
        List<Block> blocks = new ArrayList<>();
        for (int i = from; i < to; i++) {
            String text = lines.get(i).replace('\u00a0', ' ').strip();
            if (!text.isEmpty()) {
                BlockKind kind = text.length() < 60 && !text.endsWith(".") ? BlockKind.HEADING
                        : text.startsWith("\u201c") ? BlockKind.QUOTE : BlockKind.PARAGRAPH;
                blocks.add(new Block(kind, text, i + 1));
            }
        }
        return blocks;
    }

    private static List<Block> articleBody() {
        List<String> lines = lines("001_60efec2dbb28c6c2.txt");
        return blocks(lines, 4, lines.size() - 1);
    }

    /** The press release is hard-wrapped: consecutive non-blank lines make one paragraph. */
    private static List<Block> pressBody() {
        List<String> lines = lines("004_5ed4e1cf5bccefb4.txt");
        List<Block> blocks = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        int start = 0;
        for (int i = 0; i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i).replace('\u00a0', ' ').strip() : "";
            if (line.isEmpty() && !paragraph.isEmpty()) {
                blocks.add(new Block(BlockKind.PARAGRAPH, paragraph.toString(), start));
                paragraph.setLength(0);
            } else if (!line.isEmpty()) {
                start = paragraph.isEmpty() ? i + 1 : start;
                paragraph.append(paragraph.isEmpty() ? "" : " ").append(line);
            }
        }
        return blocks;
    }

    private static Document document(String id, DocumentKind kind, String file, String title, String jurisdiction,
                                     String date, List<Block> body) {
        return new Document(id, kind, "fixture: " + kind.label(), "seeds/" + file, sha256(file), title,
                jurisdiction, date, body);
    }

    private static List<TacticEntry> tactics(List<Jurisdiction> jurisdictions) {
        return TAXONOMY.tactics().stream().map(t -> new TacticEntry(t, jurisdictions.stream()
                .filter(j -> j.tactics().stream().anyMatch(u -> u.id().equals(t.id())))
                .map(Jurisdiction::id).sorted().toList())).toList();
    }

    private static List<PartnerEntry> partners(List<Jurisdiction> jurisdictions) {
        Map<String, PartnerEntry> partners = new TreeMap<>();
        for (Jurisdiction j : jurisdictions) {
            for (Partner p : j.partners()) {
                partners.put(p.id(), new PartnerEntry(p.id(), p.name(), List.of(j.id())));
            }
        }
        return List.copyOf(partners.values());
    }

    private static int indexOf(List<String> lines, String heading) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(heading)) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> lines(String file) {
        try {
            return Files.readAllLines(seeds().resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(String file) {
        try {
            byte[] bytes = Files.readAllBytes(seeds().resolve(file));
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
