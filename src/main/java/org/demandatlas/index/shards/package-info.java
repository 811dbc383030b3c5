/**
 * The static search format: what {@link org.demandatlas.index.shards.StaticSearchExporter} writes into
 * {@code site/search/} and {@code templates/assets/search-engine.js} reads back. Change both sides together (and
 * {@code FORMAT}); {@code StaticLiveAgreementTest} and {@code src/test/js/search-engine.test.js} hold them together.
 *
 * <h2>Shards</h2>
 * Every shard is a script {@code NAME.js} holding exactly one call, {@code window.AtlasSearch.load("NAME", DATA);}
 * with DATA as JSON, map keys sorted ({@link org.demandatlas.index.shards.ShardWriter}). Scripts load from
 * {@code file://}, where fetch does not. Numbered shards are {@code PREFIX-NNNN} (four digits, from 0).
 *
 * <h2>{@code meta}</h2>
 * An object:
 * <ul>
 *   <li>{@code format} (3), {@code entries}: the number of entries; an entry's ordinal is its position in
 *       {@code SearchEntries} order (jurisdictions by id, then documents that are not profiles, by id, then the
 *       small records: tactics, partners, distinct citations);</li>
 *   <li>{@code small}: {@code {"from": N, "runs": [[ordinal, kind value number, boost class], …]}}: the ordinal of
 *       the first small record, and where each run of one kind starts; a small record has no {@code docs} code,
 *       its facets are its kind's and nothing else;</li>
 *   <li>{@code groups}: {@code [[id, label, [kinds]], …]}, the groups hits are shown in ({@code index.SearchGroup});</li>
 *   <li>{@code dict}, {@code post}: the first key of every dictionary and postings shard, in order; the shard that
 *       can hold a key is the last whose first key is {@code <=} it (binary search);</li>
 *   <li>{@code blocks}: {@code {"docs": 1024, "rec": 2, "small": 32}}, entries per {@code docs} and {@code rec}
 *       shard, small records per {@code rec} shard (their shards follow the others');</li>
 *   <li>{@code codeWidth}: digits per entry code; {@code boosts}: the entry boosts, ascending, by class number;</li>
 *   <li>{@code ranking}: {@code ranking.json} as is; {@code phrases}: {@code [[terms], [concept terms]]}, the tactic
 *       synonym rules sorted by their terms;</li>
 *   <li>{@code facets}: per dimension ({@code tactic}, {@code state}, {@code type}, {@code evidence}, {@code kind}) the sorted
 *       {@code values} and, in the same order, their {@code labels} and global {@code counts};</li>
 *   <li>{@code hitKinds}: what a hit is called, by kind, {@code curated} for curated profiles.</li>
 * </ul>
 *
 * <h2>{@code dict-NNNN}</h2>
 * An object surface form → {@code [term, documentFrequency]}: the index term the real analyzer makes of the word a
 * reader types ({@code "stings": ["sting", 2]}), {@code "="} when it is the surface form itself, {@code ""} for a
 * stop word. Shards of about 16 KB, in key order (Java string order, which is JavaScript's).
 *
 * <h2>{@code post-NNNN}</h2>
 * An object index term → postings grouped by weight, {@code [w1, [gaps…], w2, [gaps…], …]}: each distinct weight
 * (largest group first, then by value; the float Lucene's searcher scores, {@code TermScoring}) followed by the
 * ordinals that have it, as gaps from the previous ordinal of the group (the first from 0)
 * ({@link org.demandatlas.index.shards.TermPostings}). Concept terms of tactics start with {@code #}. Shards of
 * about 32 KB.
 *
 * <h2>{@code docs-NNNN}</h2>
 * A string of {@code codeWidth} base64url digits ({@code A-Z a-z 0-9 - _}) per entry before {@code small.from}, in
 * ordinal order
 * ({@link org.demandatlas.index.shards.FacetTable}): digit 0 the boost class, 1 the kind's value number, 2 and 3
 * the state's and type's value numbers plus one (0: none), then the listed tactics as a bit set, six bits a digit,
 * bit {@code t % 6} of digit {@code 4 + t / 6} for the tactic of value number {@code t}, then a second bit set as
 * wide: for a listed tactic, set when it is corroborated; for another, set when it is described or cited (unlisted
 * evidence). The {@code evidence} facet's values are {@code corroborated, listed, unlisted}.
 *
 * <h2>{@code sort-name}, {@code sort-population}, {@code sort-state}</h2>
 * An array of every ordinal in that order ({@code index.SearchSort}); fetched only to sort by it.
 *
 * <h2>{@code rec-NNNN}</h2>
 * An array of what a result shows, per entry in ordinal order: {@code id, name, url, kind, curated, state, type,
 * tactics, passages} (a small record: {@code id, name, url, kind, passages}; a citation's {@code url} is its place
 * on the citing profile, {@code /ct/waterbury/#source-3}): each passage {@code [kind letter, anchor, text]} and, if it names or describes tactics, their
 * ids ({@code s} a body sentence, anchored to its block {@code p-N}; {@code c} a citation, {@code source-N};
 * {@code p} a partner, {@code partners}; {@code t} a listed tactic, {@code tactic-ID}). {@code search-engine.js}
 * picks and marks the passages of a hit as {@code index.PassageFinder} does.
 *
 * <h2>Surface forms</h2>
 * A postings member ends with a string, the term's surface forms separated by spaces, unless the term's only surface
 * form is the term itself; the static site marks a passage's words with it.
 */
package org.demandatlas.index.shards;
