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

    /** What is cited: id (for keys), title, what kind of page it is, permalink and data date (ISO or null). */
    record Cited(String id, String title, String kind, String permalink, String dataDate) {
    }

    CiteView cite(Cited cited) {
        return new CiteView(cited.permalink(), plain(cited), bibtex(cited), cslJson(cited));
    }

    private String plain(Cited cited) {
        String year = cited.dataDate() == null ? "n.d." : cited.dataDate().substring(0, 4);
        String asOf = cited.dataDate() == null ? "undated" : "data as of " + cited.dataDate();
        return siteName + " (" + year + "). \u201C" + cited.title() + ".\u201D " + cited.kind() + ", " + asOf + ". "
                + cited.permalink();
    }

    private String bibtex(Cited cited) {
        StringBuilder out = new StringBuilder("@misc{").append(key(cited)).append(",\n");
        field(out, "author", "{" + escape(siteName) + "}");
        field(out, "title", escape(cited.title()));
        field(out, "howpublished", escape(siteName + ", " + cited.kind().toLowerCase(java.util.Locale.ROOT)));
        if (cited.dataDate() != null) {
            field(out, "year", cited.dataDate().substring(0, 4));
            field(out, "note", "Data as of " + cited.dataDate());
        }
        field(out, "url", cited.permalink());
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
        if (cited.dataDate() != null) {
            ArrayNode parts = item.putObject("issued").putArray("date-parts").addArray();
            for (String part : cited.dataDate().split("-")) {
                parts.add(Integer.parseInt(part));
            }
        }
        return Json.pretty(items);
    }

    private static String key(Cited cited) {
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
