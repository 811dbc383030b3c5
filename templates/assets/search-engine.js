/*
 * Demand Atlas static search, the engine: no DOM, no framework, no eval. It reads the shards that the build exports
 * (index.shards.StaticSearchExporter; their format is documented beside it, in index/shards/package-info.java) and
 * ranks as the live search does (QueryPlanner, TermScoring): per clause the best boosted Lucene term weight, summed
 * over clauses. A classic script, so that the site works from file://: it defines window.AtlasSearchEngine, and
 * module.exports under node, where its unit tests (src/test/js) and the static/live agreement test run it.
 */
(function (global) {
  'use strict';

  /** Words and the passages of a hit (search-passages.js, loaded before this script; required under node). */
  const PASSAGES = global.AtlasSearchPassages || require('./search-passages.js');

  /** Facet codes and filters (search-facets.js, loaded before this script; required under node). */
  const FACETS = global.AtlasSearchFacets || require('./search-facets.js');

  const fold = PASSAGES.fold;

  /** Surface words: UAX#29 words (as Lucene's StandardTokenizer), lower-cased, accents folded. */
  function words(text) {
    return PASSAGES.tokens(text).map((t) => t.word);
  }

  /** Optimal string alignment distance (a transposition is one edit), as Lucene's fuzzy automata count. */
  function osa(left, right) {
    const a = Array.from(left);
    const b = Array.from(right);
    const d = [];
    for (let i = 0; i <= a.length; i++) { d[i] = [i]; }
    for (let j = 1; j <= b.length; j++) { d[0][j] = j; }
    for (let i = 1; i <= a.length; i++) {
      for (let j = 1; j <= b.length; j++) {
        d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length][b.length];
  }

  /** The shard of a manifest (first key of each shard, sorted) that can hold key; -1 before the first. */
  function shardOf(firsts, key) {
    let lo = 0;
    let hi = firsts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (firsts[mid] <= key) { lo = mid + 1; } else { hi = mid - 1; }
    }
    return hi;
  }

  function shardName(prefix, n) { return prefix + '-' + String(n).padStart(4, '0'); }
  function compare(a, b) { return a < b ? -1 : a > b ? 1 : 0; }
  function byFrequency(a, b) { return b.df - a.df || compare(a.surface, b.surface); }
  function codePoints(s) { return Array.from(s).length; }

  /** A dictionary member, surface: [term or '=' for the surface itself, document frequency], as an entry. */
  function dictionaryEntry(surface, data) {
    const member = data[surface];
    return member && {surface, term: member[0] === '=' ? surface : member[0], df: member[1]};
  }

  /** A postings member, [weight, [ordinal gaps], ..., surfaces?], as a Map ordinal -> weight. */
  function decodePostings(groups) {
    const weights = new Map();
    for (let g = 0; groups && g + 1 < groups.length; g += 2) {
      const weight = Math.fround(groups[g]);
      let ordinal = 0;
      for (const gap of groups[g + 1]) {
        ordinal += gap;
        weights.set(ordinal, weight);
      }
    }
    return weights;
  }

  /** One alternative {term, boost, surfaces} per distinct term of the matches, with the best boost. */
  function alternatives(matches) {
    const byTerm = new Map();
    for (const m of matches) {
      const a = byTerm.get(m.entry.term) || {term: m.entry.term, boost: m.boost, surfaces: []};
      a.boost = Math.max(a.boost, m.boost);
      a.surfaces.push(m.entry.surface);
      byTerm.set(a.term, a);
    }
    return Array.from(byTerm.values());
  }

  /** Greedy longest match of the tactic phrases [[terms], [concepts]] over a run of terms (SynonymGraphFilter). */
  function conceptsIn(run, phrases) {
    const concepts = [];
    for (let i = 0; i < run.length;) {
      let best = null;
      for (const [terms, named] of phrases) {
        const fits = terms.length <= run.length - i && (!best || terms.length > best[0].length);
        if (fits && terms.every((t, k) => run[i + k] === t)) { best = [terms, named]; }
      }
      concepts.push(...(best ? best[1] : []));
      i += best ? best[0].length : 1;
    }
    return concepts;
  }

  /** The engine over shards given by load(name) -> data, or a Promise of it. */
  function createEngine(load) {
    const cache = {};
    const shard = (name) => cache[name] || (cache[name] = Promise.resolve(load(name)));
    const meta = () => shard('meta');

    async function lookup(surface) {
      const n = shardOf((await meta()).dict, surface);
      return n < 0 ? null : dictionaryEntry(surface, await shard(shardName('dict', n)));
    }

    /** Dictionary entries, stop words excepted, that start with prefix. */
    async function startingWith(prefix) {
      const firsts = (await meta()).dict;
      const found = [];
      const first = Math.max(0, shardOf(firsts, prefix));
      for (let n = first; n < firsts.length && (n === first || firsts[n] < prefix + '\uffff'); n++) {
        const data = await shard(shardName('dict', n));
        for (const s of Object.keys(data)) {
          if (s.startsWith(prefix) && data[s][0]) { found.push(dictionaryEntry(s, data)); }
        }
      }
      return found;
    }

    /** An unknown word: its completions if it is the last word, else its corrections (QueryPlanner.unknownWord). */
    async function unknownWord(word, last, r) {
      const n = codePoints(word);
      const f = r.fuzzy;
      const prefixBoost = Math.fround(r.prefix.boost);
      const completions = last && n >= r.prefix.minLength ? (await startingWith(word)).sort(byFrequency) : [];
      if (completions.length) {
        return alternatives(completions.slice(0, r.prefix.maxExpansions).map((e) => ({entry: e, boost: prefixBoost})));
      }
      if (n < f.minLength || n <= f.prefixLength) { return []; }
      const near = (await startingWith(Array.from(word).slice(0, f.prefixLength).join('')))
        .map((e) => ({entry: e, distance: osa(word, e.surface)}))
        .filter((c) => c.distance <= (n >= f.twoEditsMinLength ? 2 : 1))
        .sort((a, b) => a.distance - b.distance || byFrequency(a.entry, b.entry));
      return alternatives(near.slice(0, f.maxExpansions).map((c) => ({
        entry: c.entry, boost: Math.fround(1 - Math.fround(c.distance / Math.min(n, codePoints(c.entry.surface)))),
      })));
    }

    /** The query plan {blank, clauses: [[{term, boost, surfaces}]], words, stopWords}; mirrors QueryPlanner.plan. */
    async function plan(text) {
      const m = await meta();
      const r = m.ranking;
      const clauses = [];
      const keys = new Set();
      const runs = [[]];
      const blank = /^\s*$/u.test(text);
      const stopWords = [];
      const ws = blank ? [] : words(text).slice(0, r.maxWords);
      const add = (alts) => {
        const key = JSON.stringify(alts.map((a) => [a.term, a.boost]));
        if (!keys.has(key)) { keys.add(key); clauses.push(alts); }
      };
      for (let i = 0; i < ws.length; i++) {
        const known = await lookup(ws[i]);
        if (known && !known.term) { stopWords.push(ws[i]); continue; }
        const alts = known ? [{term: known.term, boost: 1, surfaces: [ws[i]]}]
          : await unknownWord(ws[i], i === ws.length - 1, r);
        if (alts.length) { add(alts); runs[runs.length - 1].push(alts[0].term); } else { runs.push([]); }
      }
      for (const run of runs) {
        for (const c of conceptsIn(run, m.phrases)) {
          add([{term: c, boost: Math.fround(r.synonymBoost), surfaces: []}]);
        }
      }
      return {blank, clauses, words: ws, stopWords};
    }

    async function postings(term) {
      const n = shardOf((await meta()).post, term);
      return decodePostings(n < 0 ? null : (await shard(shardName('post', n)))[term]);
    }

    /** The facets of a small record (tactic, partner, citation): its kind's, from meta.small.runs. */
    const smallFacets = new Map();
    function facetsOfSmall(ordinal, m) {
      let run = m.small.runs[0];
      for (const r of m.small.runs) { if (r[0] <= ordinal) { run = r; } }
      if (!smallFacets.has(run[0])) {
        smallFacets.set(run[0], {boost: m.boosts[run[2]], kind: [m.facets.kind.values[run[1]]], state: [], type: [],
          tactic: [], evidence: []});
      }
      return smallFacets.get(run[0]);
    }

    async function facetsOf(ordinal, m) {
      if (ordinal >= m.small.from) { return facetsOfSmall(ordinal, m); }
      const block = await shard(shardName('docs', Math.floor(ordinal / m.blocks.docs)));
      const at = (ordinal % m.blocks.docs) * m.codeWidth;
      return FACETS.decode(block.slice(at, at + m.codeWidth), m);
    }

    async function scores(p, m) {
      const total = new Map();
      for (let ordinal = 0; p.blank && ordinal < m.entries; ordinal++) {
        total.set(ordinal, (await facetsOf(ordinal, m)).boost);
      }
      for (const clause of p.clauses) {
        const best = new Map();
        for (const alternative of clause) {
          for (const [ordinal, weight] of await postings(alternative.term)) {
            const s = alternative.boost === 1 ? weight : Math.fround(weight * alternative.boost);
            if (!(best.get(ordinal) >= s)) { best.set(ordinal, s); }
          }
        }
        best.forEach((s, ordinal) => total.set(ordinal, (total.get(ordinal) || 0) + s));
      }
      return total;
    }

    /**
     * Runs a query: {total, hits: [{ord, score, kind, group}] (all, ranked or sorted), facets: {dim: {value: count}},
     * groups: [{id, label, count}], plan}.
     * filters: {dim: 'a,b' or [values]} (SearchFilters); sort: relevance (default), name, population or state.
     */
    async function search(text, filters, sort) {
      const m = await meta();
      const p = await plan(text);
      const sel = FACETS.selection(filters);
      const hits = [];
      const counts = FACETS.emptyCounts();
      for (const [ordinal, score] of await scores(p, m)) {
        const f = await facetsOf(ordinal, m);
        if (FACETS.accepts(f, sel, null)) { hits.push({ord: ordinal, score: Math.fround(score), kind: f.kind[0]}); }
        FACETS.count(counts, f, sel);
      }
      hits.sort((a, b) => b.score - a.score || a.ord - b.ord);
      if (sort && sort !== 'relevance') {
        const order = await shard('sort-' + sort);
        const position = new Int32Array(m.entries);
        order.forEach((ordinal, i) => { position[ordinal] = i; });
        hits.sort((a, b) => position[a.ord] - position[b.ord]);
      }
      return {total: hits.length, hits, facets: counts, groups: FACETS.groups(hits, m), plan: p};
    }

    /** The passages and reasons of a hit: {passages: [{kind, anchor, text, marks}], reasons: [text]}. */
    async function explainHit(p, ordinal) {
      const surfaces = new Map();
      for (const clause of p.clauses) {
        for (const a of clause) {
          if (!a.term.startsWith('#') && !surfaces.has(a.term)) {
            const n = shardOf((await meta()).post, a.term);
            const groups = n < 0 ? null : (await shard(shardName('post', n)))[a.term];
            surfaces.set(a.term, new Set(PASSAGES.decodeSurfaces(a.term, groups)));
          }
        }
      }
      return PASSAGES.explain(p, await record(ordinal), surfaces);
    }

    /** The record of an entry: blocks.rec entries a shard, then the small records, blocks.small a shard. */
    async function record(ordinal) {
      const m = await meta();
      const size = m.blocks.rec;
      const from = m.small.from;
      if (ordinal < from) { return (await shard(shardName('rec', Math.floor(ordinal / size))))[ordinal % size]; }
      const n = Math.ceil(from / size) + Math.floor((ordinal - from) / m.blocks.small);
      return (await shard(shardName('rec', n)))[(ordinal - from) % m.blocks.small];
    }

    /** Words to mark in results: the query's words, the words it was expanded to, loaded words of matched terms. */
    async function markedWords(p) {
      const terms = new Set();
      const marked = new Set(p.words);
      for (const clause of p.clauses) {
        for (const a of clause) { terms.add(a.term); a.surfaces.forEach((s) => marked.add(s)); }
      }
      const loaded = await Promise.all(Object.keys(cache).filter((n) => n.startsWith('dict-')).map(shard));
      for (const data of loaded) {
        for (const s of Object.keys(data)) { if (terms.has(dictionaryEntry(s, data).term)) { marked.add(s); } }
      }
      return marked;
    }

    return {meta, plan, search, record, markedWords, explainHit};
  }

  const api = {createEngine, words, fold, osa, shardOf, shardName, conceptsIn, decodePostings,
    decodeFacets: FACETS.decode,
    explain: PASSAGES.explain, passageHtml: PASSAGES.passageHtml,
    wordPattern: PASSAGES.wordPattern};
  global.AtlasSearchEngine = api;
  if (typeof module !== 'undefined' && module.exports) { module.exports = api; }
})(typeof window !== 'undefined' ? window : globalThis);
