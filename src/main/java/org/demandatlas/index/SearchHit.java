package org.demandatlas.index;

/**
 * One ranked result. {@code snippet} is HTML: the text is escaped and only {@code <mark>…</mark>} around matched
 * words is markup.
 */
public record SearchHit(String id, String name, String url, String kind, boolean curated, float score,
                        String snippet) {
}
