package org.demandatlas.routes;

import org.demandatlas.model.Labelled;

/**
 * The formats a page can be written in, as Hugo's output formats: each is a file in the page's folder. A page kind
 * declares which it has (the jurisdiction page: HTML and JSON); {@link Routes#output} gives the path.
 */
public enum OutputFormat implements Labelled {
    HTML("html", "index.html", "text/html", "HTML"),
    JSON("json", "index.json", "application/json", "JSON");

    private final String id;
    private final String fileName;
    private final String mediaType;
    private final String label;

    OutputFormat(String id, String fileName, String mediaType, String label) {
        this.id = id;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.label = label;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String label() {
        return label;
    }

    /** The file in the page's folder: {@code index.json}. */
    public String fileName() {
        return fileName;
    }

    public String mediaType() {
        return mediaType;
    }
}
