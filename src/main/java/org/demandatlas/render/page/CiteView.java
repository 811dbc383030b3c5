package org.demandatlas.render.page;

/** "Cite this page": the permalink and the same citation as plain text, BibTeX and CSL-JSON. */
public record CiteView(String permalink, String plain, String bibtex, String cslJson) {
}
