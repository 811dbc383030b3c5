package org.demandatlas.index;

/**
 * A passage a hit shows: its kind ({@link Passage}), its anchor, the link to it ({@code /ct/hartford/#p-3}) and its
 * text as HTML (escaped; only {@code <mark>…</mark>} around matched words is markup).
 */
public record HitPassage(String kind, String anchor, String url, String html) {
}
