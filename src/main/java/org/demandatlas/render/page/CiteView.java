package org.demandatlas.render.page;

/**
 * "Cite this page": the permalink (and the link to it from the page) and the same citation as plain text, BibTeX, CSL-JSON and RIS; the release it
 * cites (null without a release history) and its data date (the version date of the cite link); whether the
 * permalink is absolute (else the page says what to write instead); the copy buttons' script.
 */
public record CiteView(String permalink, String href, String plain, String bibtex, String cslJson, String ris, String release,
                       String versionDate, boolean absolute, String copyScript) {
}
