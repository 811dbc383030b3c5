/*
 * Demand Atlas static search, the facets: an entry's facet code decoded (index.shards.FacetTable), and the filters
 * of index.SearchFilters: several values per dimension, OR within a dimension, AND across; a dimension's counts are
 * over the matches that pass the other dimensions' filters; and the groups of the hits, by kind (index.SearchGroup).
 * A classic script (window.AtlasSearchFacets), loaded before search-engine.js; module.exports under node.
 */
(function (global) {
  'use strict';

  /** The digits of an entry's facet code: base64url, one per value number or six tactic bits. */
  const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const TACTIC_BITS = 6;
  const DIMS = ['tactic', 'state', 'type', 'evidence', 'kind'];

  /** An entry's facet code as {boost, tactic: [ids], evidence: [[id, level]], state, type, kind: [value] or []}. */
  function decode(code, meta) {
    const digits = Array.from(code, (c) => DIGITS.indexOf(c));
    const f = meta.facets;
    const width = (digits.length - 4) / 2;
    const bit = (from, t) => (digits[from + Math.floor(t / TACTIC_BITS)] >> (t % TACTIC_BITS)) & 1;
    const listed = [];
    const evidence = [];
    f.tactic.values.forEach((id, t) => {
      const a = bit(4, t);
      const b = bit(4 + width, t);
      if (a) { listed.push(id); }
      if (a || b) { evidence.push([id, a ? (b ? 'corroborated' : 'listed') : 'unlisted']); }
    });
    const one = (dim, n) => (n >= 0 && n < f[dim].values.length ? [f[dim].values[n]] : []);
    return {boost: meta.boosts[digits[0]], kind: one('kind', digits[1]), state: one('state', digits[2] - 1),
      type: one('type', digits[3] - 1), tactic: listed.sort(), evidence};
  }

  /** Filters {dim: [values]} from {dim: 'a,b' or [values]}, normalised as SearchFilters (state upper-case). */
  function selection(filters) {
    const sel = {};
    for (const dim of DIMS) {
      const given = (filters || {})[dim];
      const list = Array.isArray(given) ? given : String(given || '').split(',');
      const norm = list.map((v) => v.trim()).filter((v) => v)
        .map((v) => (dim === 'state' ? v.toUpperCase() : v.toLowerCase()));
      sel[dim] = Array.from(new Set(norm)).sort();
    }
    return sel;
  }

  function unique(values) { return Array.from(new Set(values)).sort(); }

  /** The values of an entry in a dimension under the filters (SearchFilters.valuesOf). */
  function valuesOf(e, dim, sel) {
    if (dim === 'tactic') {
      return sel.evidence.length ? unique(e.evidence.filter(([, l]) => sel.evidence.indexOf(l) >= 0).map(([t]) => t))
        : e.tactic;
    }
    if (dim === 'evidence') {
      return unique(e.evidence.filter(([t]) => !sel.tactic.length || sel.tactic.indexOf(t) >= 0).map(([, l]) => l));
    }
    return e[dim];
  }

  /** Whether the entry passes the filters as if except's (null: none) had no values. */
  function accepts(e, sel, except) {
    const s = except ? Object.assign({}, sel, {[except]: []}) : sel;
    return DIMS.every((dim) => !s[dim].length || valuesOf(e, dim, s).some((v) => s[dim].indexOf(v) >= 0));
  }

  /** Adds the entry to the counts of every dimension whose other filters it passes. */
  function count(counts, e, sel) {
    for (const dim of DIMS) {
      if (accepts(e, sel, dim)) {
        for (const v of valuesOf(e, dim, sel)) { counts[dim][v] = (counts[dim][v] || 0) + 1; }
      }
    }
  }

  function emptyCounts() {
    const counts = {};
    DIMS.forEach((dim) => { counts[dim] = {}; });
    return counts;
  }

  /** The groups of the hits [{id, label, count}], in the order of each group's first hit (SearchResults.groups);
   * sets each hit's group. */
  function groups(hits, m) {
    const groupOf = {};
    const labels = {};
    m.groups.forEach(([id, label, kinds]) => { labels[id] = label; kinds.forEach((k) => { groupOf[k] = id; }); });
    const counts = new Map();
    for (const h of hits) {
      h.group = groupOf[h.kind] || 'documents';
      counts.set(h.group, (counts.get(h.group) || 0) + 1);
    }
    return Array.from(counts, ([id, count]) => ({id, label: labels[id] || id, count}));
  }

  const api = {DIMS, decode, selection, valuesOf, accepts, count, emptyCounts, groups};
  global.AtlasSearchFacets = api;
  if (typeof module !== 'undefined' && module.exports) { module.exports = api; }
})(typeof window !== 'undefined' ? window : globalThis);
