package org.demandatlas.render;

import org.demandatlas.render.page.CiteView;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * "Cite this page" in three forms. The date is the atlas's data date (never the clock) so that builds are
 * reproducible; the permalink is absolute when a base URL is set, else site-relative.
 */
final class CitationFormats {
    private final String siteName;

    CitationFormats(String siteName) {
        this.siteName = siteName;
    }

    /** Where the reader writes the day they read the page; citation managers fill it themselves on import. */
    static final String ACCESSED = "YYYY-MM-DD";

    /**
     * What is cited: id (for keys), title, what kind of page it is, permalink, data date (ISO or null), release id
     * (null when the site has no release history) and whether the permalink is absolute (else the site has no
     * address: opened from disk or built without a base URL).
     */
    record Cited(String id, String title, String kind, String permalink, String dataDate, String release,
                 boolean absolute) {
    }

    /** The citation, its permalink linked from the page by {@code href}, the copy script at {@code copyScript}. */
    CiteView cite(Cited cited, String href, String copyScript) {
        return new CiteView(cited.permalink(), href, plain(cited), bibtex(cited), cslJson(cited), ris(cited),
                cited.release(), cited.dataDate(), cited.absolute(), copyScript);
    }

    private String plain(Cited cited) {
        String year = cited.dataDate() == null ? "n.d." : cited.dataDate().substring(0, 4);
        String asOf = cited.dataDate() == null ? "undated" : "data as of " + cited.dataDate();
        String release = cited.release() == null ? "" : ", release " + cited.release();
        return siteName + " (" + year + "). \u201C" + cited.title() + ".\u201D " + cited.kind() + ", " + asOf
                + release + ". " + cited.permalink() + " (accessed " + ACCESSED + ")";
    }

    /** RIS, as Zotero, EndNote and Mendeley import it: one tag per line, {@code ER} last. */
    private String ris(Cited cited) {
        StringBuilder out = new StringBuilder();
        ris(out, "TY", "ELEC");
        ris(out, "AU", siteName);
        ris(out, "TI", cited.title());
        ris(out, "T2", siteName);
        ris(out, "M3", cited.kind());
        if (cited.dataDate() != null) {
            ris(out, "PY", cited.dataDate().substring(0, 4));
            ris(out, "DA", cited.dataDate().replace('-', '/'));
        }
        if (cited.release() != null) {
            ris(out, "ET", "Release " + cited.release());
        }
        ris(out, "UR", cited.permalink());
        ris(out, "Y2", ACCESSED.replace('-', '/'));
        ris(out, "ID", key(cited));
        return out.append("ER  - ").toString();
    }

    private static void ris(StringBuilder out, String tag, String value) {
        out.append(tag).append("  - ").append(value.replace('\n', ' ')).append('\n');
    }

    private String bibtex(Cited cited) {
        StringBuilder out = new StringBuilder("@misc{").append(key(cited)).append(",\n");
        field(out, "author", "{" + escape(siteName) + "}");
        field(out, "title", escape(cited.title()));
        field(out, "howpublished", escape(siteName + ", " + cited.kind().toLowerCase(java.util.Locale.ROOT)));
        if (cited.dataDate() != null) {
            field(out, "year", cited.dataDate().substring(0, 4));
            field(out, "note", "Data as of " + cited.dataDate()
                    + (cited.release() == null ? "" : ", release " + escape(cited.release())));
        }
        field(out, "url", cited.permalink());
        field(out, "urldate", ACCESSED);
        out.setLength(out.length() - 2);
        return out.append("\n}").toString();
    }

    private static void field(StringBuilder out, String name, String value) {
        out.append("  ").append(name).append(" = {").append(value).append("},\n");
    }

    private String cslJson(Cited cited) {
        ArrayNode items = Json.array();
        ObjectNode item = items.addObject().put("id", key(cited)).put("type", "webpage").put("title", cited.title())
                .put("container-title", siteName).put("URL", cited.permalink());
        item.putArray("author").addObject().put("literal", siteName);
        if (cited.release() != null) {
            item.put("version", cited.release());
        }
        if (cited.dataDate() != null) {
            ArrayNode parts = item.putObject("issued").putArray("date-parts").addArray();
            for (String part : cited.dataDate().split("-")) {
                parts.add(Integer.parseInt(part));
            }
        }
        return Json.compact(items);
    }

    /** The citation key: {@code demandatlas-ct-hartford}, also the key of the page's rows in the CSV files. */
    static String key(Cited cited) {
        return "demandatlas-" + cited.id().replace('/', '-');
    }

    /** BibTeX-escapes the characters that have a meaning in (La)TeX. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\textbackslash{}");
                case '{', '}', '%', '&', '$', '#', '_' -> out.append('\\').append(c);
                case '~' -> out.append("\\textasciitilde{}");
                case '^' -> out.append("\\textasciicircum{}");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
