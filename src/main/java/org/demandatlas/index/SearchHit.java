package org.demandatlas.index;

import java.util.List;

/**
 * One ranked result: what it is ({@code kind}, and {@code kindLabel}: "Curated profile", "Unverified web
 * article", …), why it matched ({@code reasons}: "name", "lists Reverse Stings", "described in 2 sentences", …) and
 * the passages that matched, each linking to its place on the page. {@code snippet} is the first passage's HTML:
 * the text is escaped and only {@code <mark>…</mark>} around matched words is markup. {@code explanation} is
 * Lucene's explanation of the score when the query asked for it, else empty. {@code group} is the id of its
 * {@link SearchGroup} ({@code places}, {@code tactics}, …).
 */
public record SearchHit(String id, String name, String url, String kind, String kindLabel, String group,
                        boolean curated, float score, String snippet, List<String> reasons, List<HitPassage> passages,
                        String explanation) {
    public SearchHit {
        reasons = List.copyOf(reasons);
        passages = List.copyOf(passages);
    }
}
