/*
 * Demand Atlas static search, the passages of a hit: which sentences, citations, partners or tactics of a record
 * matched the query plan, their marks, and the reasons of the hit, exactly as index.PassageFinder computes them for
 * the live search (StaticLiveAgreementTest holds the two together). A classic script (window.AtlasSearchPassages),
 * loaded before search-engine.js; module.exports under node.
 */
(function (global) {
  'use strict';

  /** A word as Lucene's StandardTokenizer keeps it, for engines without Intl.Segmenter (as search-engine.js). */
  const WORD = /[\p{L}\p{N}_]+(?:['.\u2019][\p{L}\p{N}_]+)*/gu;
  const SEGMENTER = global.Intl && Intl.Segmenter ? new Intl.Segmenter('en', {granularity: 'word'}) : null;

  function fold(word) {
    return word.toLowerCase().normalize('NFKD').replace(/\p{M}+/gu, '').replace(/[\u2018\u2019\u201b\u2032]/g, "'");
  }

  /** The surface forms of a term from its postings member: the trailing string, else the term itself. */
  function decodeSurfaces(term, groups) {
    if (!groups) { return []; }
    const last = groups[groups.length - 1];
    return typeof last === 'string' ? last.split(' ').filter((w) => w) : [term];
  }

  /** Surface words with their offsets [start, end) in the text, as Lucene's tokenizer cuts them. */
  function tokens(text) {
    if (SEGMENTER) {
      return Array.from(SEGMENTER.segment(text)).filter((s) => s.isWordLike)
        .map((s) => ({word: fold(s.segment), start: s.index, end: s.index + s.segment.length}));
    }
    return Array.from(text.matchAll(new RegExp(WORD.source, 'gu')))
      .map((m) => ({word: fold(m[0]), start: m.index, end: m.index + m[0].length}));
  }

  function plural(n, noun) { return n + ' ' + noun + (n === 1 ? '' : 's'); }
  const PASSAGE_KINDS = {s: 'sentence', t: 'tactic', p: 'partner', c: 'citation'};
  const MAX_PASSAGES = 3;

  /**
   * What a hit shows and why (mirrors index.PassageFinder): the record's passages that match most clauses of the
   * plan, at most three, else its first sentence; and the reasons. surfaces: term -> Set of its surface forms.
   */
  function explain(p, rec, surfaces) {
    const words = new Set();
    const concepts = new Set();
    p.clauses.forEach((c) => c.forEach((a) => {
      if (a.term.startsWith('#')) { concepts.add(a.term.slice(1)); } else { (surfaces.get(a.term) || []).forEach((w) => words.add(w)); }
    }));
    const matches = (a, tactics, found) => (a.term.startsWith('#') ? tactics.indexOf(a.term.slice(1)) >= 0
      : found.some((w) => (surfaces.get(a.term) || new Set()).has(w)));
    const scored = (rec.passages || []).map(([k, anchor, text, tactics], order) => {
      const toks = tokens(text);
      const found = toks.map((t) => t.word);
      const clauses = p.clauses.filter((c) => c.some((a) => matches(a, tactics || [], found))).length;
      return {order, kind: PASSAGE_KINDS[k], anchor, text, tactics: tactics || [], toks, clauses};
    });
    let shown = scored.filter((s) => s.clauses > 0).sort((a, b) => b.clauses - a.clauses || a.order - b.order)
      .slice(0, MAX_PASSAGES);
    if (!shown.length) { shown = scored.filter((s) => s.kind === 'sentence').slice(0, 1); }
    const passages = shown.map((s) => ({kind: s.kind, anchor: s.anchor, text: s.text, marks: marks(s, words, concepts, new Set(p.stopWords || []))}));
    return {passages, reasons: reasons(rec, scored, words)};
  }

  /** Marked ranges: one across spaces, hyphens, slashes and the query's stop words (PassageFinder.html). */
  function marks(s, words, concepts, stops) {
    if (s.kind === 'tactic' && s.tactics.some((id) => concepts.has(id))) { return [[0, s.text.length]]; }
    const ranges = [];
    let bridge = false;
    let end = 0;
    let gap = '';
    for (const t of s.toks) {
      gap += s.text.slice(end, t.start);
      end = t.end;
      if (!words.has(t.word)) { bridge = bridge && stops.has(t.word); continue; }
      if (bridge && /^[ /-]*$/.test(gap)) { ranges[ranges.length - 1][1] = t.end; } else { ranges.push([t.start, t.end]); }
      bridge = true;
      gap = '';
    }
    return ranges;
  }

  function reasons(rec, scored, words) {
    const out = [];
    if (tokens(rec.name).some((t) => words.has(t.word))) { out.push('name'); }
    const tactics = [];
    const partners = [];
    let sentences = 0;
    let citations = 0;
    for (const s of scored.filter((x) => x.clauses > 0)) {
      if (s.kind === 'tactic') { if (tactics.indexOf(s.text) < 0) { tactics.push(s.text); } }
      else if (s.kind === 'partner') { if (partners.indexOf(s.text) < 0) { partners.push(s.text); } }
      else if (s.kind === 'citation') { citations++; } else { sentences++; }
    }
    if (tactics.length) { out.push('lists ' + tactics.join(', ')); }
    if (sentences) { out.push((rec.curated ? 'described in ' : 'mentioned in ') + plural(sentences, 'sentence')); }
    if (partners.length) { out.push('partner ' + partners.join(', ')); }
    if (citations) { out.push(rec.kind === 'citation' ? 'publisher' : plural(citations, 'citation')); }
    return out;
  }

  /** A passage as HTML (for tests and tools): escaped text, marks in <mark>. */
  function passageHtml(passage) {
    const esc = (t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
    let at = 0;
    let html = '';
    for (const [from, to] of passage.marks) {
      html += esc(passage.text.slice(at, from)) + '<mark>' + esc(passage.text.slice(from, to)) + '</mark>';
      at = to;
    }
    return html + esc(passage.text.slice(at));
  }

  const api = {explain, passageHtml, tokens, decodeSurfaces, fold,
    wordPattern: () => new RegExp(WORD.source, 'gu')};
  global.AtlasSearchPassages = api;
  if (typeof module !== 'undefined' && module.exports) { module.exports = api; }
})(typeof window !== 'undefined' ? window : globalThis);
