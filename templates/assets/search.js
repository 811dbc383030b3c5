/*
 * Demand Atlas static search. No framework, no inline script, no eval, no innerHTML with data.
 * The index is exported at build time by StaticSearchExporter as script shards in ../search/ (script tags load from
 * file:// too). Ranking is the live search's: per clause the best boosted Lucene term weight, summed over clauses.
 * The engine (no DOM) also runs under node for the static/live agreement test.
 */
(function (global) {
  'use strict';

  var SEGMENTER = typeof Intl !== 'undefined' && Intl.Segmenter ? new Intl.Segmenter('en', {granularity: 'word'}) : null;
  var WORD = /[\p{L}\p{N}_]+(?:['.\u2019][\p{L}\p{N}_]+)*/gu;
  var DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

  /** The surface words of a text: UAX#29 words (as Lucene's StandardTokenizer), lower-cased, accents folded. */
  function words(text) {
    var raw = SEGMENTER ? Array.from(SEGMENTER.segment(text)).filter(function (s) { return s.isWordLike; })
      .map(function (s) { return s.segment; }) : (text.match(WORD) || []);
    return raw.map(fold);
  }

  function fold(word) {
    return word.toLowerCase().normalize('NFKD').replace(/\p{M}+/gu, '').replace(/[\u2018\u2019\u201b\u2032]/g, "'");
  }

  function codePoints(s) { return Array.from(s); }

  /** Optimal string alignment distance (transposition = one edit), as Lucene's fuzzy automata count. */
  function osa(a, b) {
    a = codePoints(a); b = codePoints(b);
    var d = [], i, j;
    for (i = 0; i <= a.length; i++) { d.push([i]); }
    for (j = 1; j <= b.length; j++) { d[0][j] = j; }
    for (i = 1; i <= a.length; i++) {
      for (j = 1; j <= b.length; j++) {
        var cost = a[i - 1] === b[j - 1] ? 0 : 1;
        d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length][b.length];
  }

  /** The shard of a sorted manifest (first key of each shard) that can hold key; -1 before the first. */
  function shardOf(firsts, key) {
    var lo = 0, hi = firsts.length - 1, found = -1;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (firsts[mid] <= key) { found = mid; lo = mid + 1; } else { hi = mid - 1; }
    }
    return found;
  }

  function shardName(prefix, n) { return prefix + '-' + String(n).padStart(4, '0'); }

  function byFrequency(a, b) { return b.df - a.df || (a.surface < b.surface ? -1 : a.surface > b.surface ? 1 : 0); }

  /** The search engine over shards given by load(name) -> Promise of the shard's data. */
  function createEngine(load) {
    var cache = {};
    function shard(name) { return cache[name] || (cache[name] = Promise.resolve(load(name))); }
    function meta() { return shard('meta'); }

    function entryOf(surface, data) {
      var e = data[surface];
      return e && {surface: surface, term: e[0] === '=' ? surface : e[0], df: e[1]};
    }

    async function lookup(surface) {
      var m = await meta(), n = shardOf(m.dict, surface);
      return n < 0 ? null : entryOf(surface, await shard(shardName('dict', n)));
    }

    /** Dictionary entries (stop words excepted) whose surface starts with prefix. */
    async function startingWith(prefix) {
      var m = await meta(), found = [], upper = prefix + '\uffff', first = Math.max(0, shardOf(m.dict, prefix));
      for (var n = first; n < m.dict.length && (n === first || m.dict[n] < upper); n++) {
        var data = await shard(shardName('dict', n));
        Object.keys(data).forEach(function (s) {
          var e = entryOf(s, data);
          if (s.startsWith(prefix) && e.term !== '') { found.push(e); }
        });
      }
      return found;
    }

    async function unknownWord(word, last, r) {
      var length = codePoints(word).length;
      if (last && length >= r.prefix.minLength) {
        var completions = (await startingWith(word)).sort(byFrequency).slice(0, r.prefix.maxExpansions);
        if (completions.length) {
          return alternatives(completions.map(function (e) { return {entry: e, boost: Math.fround(r.prefix.boost)}; }));
        }
      }
      if (length < r.fuzzy.minLength || length <= r.fuzzy.prefixLength) { return []; }
      var maxEdits = length >= r.fuzzy.twoEditsMinLength ? 2 : 1;
      var prefix = codePoints(word).slice(0, r.fuzzy.prefixLength).join('');
      var near = (await startingWith(prefix)).map(function (e) { return {entry: e, distance: osa(word, e.surface)}; })
        .filter(function (c) { return c.distance <= maxEdits; })
        .sort(function (a, b) { return a.distance - b.distance || byFrequency(a.entry, b.entry); })
        .slice(0, r.fuzzy.maxExpansions);
      return alternatives(near.map(function (c) {
        var shorter = Math.min(length, codePoints(c.entry.surface).length);
        return {entry: c.entry, boost: Math.fround(1 - Math.fround(c.distance / shorter))};
      }));
    }

    /** One alternative per distinct term, in match order, with the best boost of its words. */
    function alternatives(matches) {
      var byTerm = new Map();
      matches.forEach(function (m) {
        var a = byTerm.get(m.entry.term);
        if (!a) { byTerm.set(m.entry.term, {term: m.entry.term, boost: m.boost, surfaces: [m.entry.surface]}); } else {
          a.boost = Math.max(a.boost, m.boost); a.surfaces.push(m.entry.surface);
        }
      });
      return Array.from(byTerm.values());
    }

    /** Greedy longest match of the tactic phrases over a run of terms, as Lucene's SynonymGraphFilter. */
    function conceptsIn(run, phrases) {
      var concepts = [];
      for (var i = 0; i < run.length;) {
        var best = null;
        phrases.forEach(function (p) {
          var t = p[0];
          if (t.length <= run.length - i && (!best || t.length > best[0].length)
            && t.every(function (term, k) { return run[i + k] === term; })) { best = p; }
        });
        if (best) { concepts.push.apply(concepts, best[1]); i += best[0].length; } else { i++; }
      }
      return concepts;
    }

    /** The query plan: clauses of alternatives {term, boost}; mirrors QueryPlanner.java. */
    async function plan(text) {
      var m = await meta(), r = m.ranking;
      if (/^\s*$/u.test(text)) { return {blank: true, clauses: [], words: []}; }
      var ws = words(text).slice(0, r.maxWords), clauses = [], keys = new Set(), runs = [[]];
      function add(alts) {
        var key = JSON.stringify(alts.map(function (a) { return [a.term, a.boost]; }));
        if (!keys.has(key)) { keys.add(key); clauses.push(alts); }
      }
      for (var i = 0; i < ws.length; i++) {
        var known = await lookup(ws[i]);
        if (known && known.term === '') { continue; }
        var alts = known ? [{term: known.term, boost: 1, surfaces: [ws[i]]}] : await unknownWord(ws[i], i === ws.length - 1, r);
        if (!alts.length) { runs.push([]); continue; }
        add(alts);
        runs[runs.length - 1].push(alts[0].term);
      }
      runs.forEach(function (run) {
        conceptsIn(run, m.phrases).forEach(function (c) { add([{term: c, boost: Math.fround(r.synonymBoost), surfaces: []}]); });
      });
      return {blank: false, clauses: clauses, words: ws};
    }

    /** Postings of a term as a Map ordinal -> weight (a float); grouped by weight: [w, [ordinal gaps], ...]. */
    async function postings(term) {
      var m = await meta(), n = shardOf(m.post, term), list = new Map();
      var p = n < 0 ? null : (await shard(shardName('post', n)))[term];
      for (var g = 0; p && g < p.length; g += 2) {
        for (var k = 0, ord = 0, w = Math.fround(p[g]); k < p[g + 1].length; k++) { ord += p[g + 1][k]; list.set(ord, w); }
      }
      return list;
    }

    /** An entry's code: [boost, kind, state, type, tactic numbers] (-1 for no state or type). */
    async function entryCode(ord, m) {
      var block = await shard(shardName('docs', Math.floor(ord / m.blocks.docs)));
      var at = (ord % m.blocks.docs) * m.codeWidth, d = [], tactics = [];
      for (var i = 0; i < m.codeWidth; i++) { d.push(DIGITS.indexOf(block.charAt(at + i))); }
      for (var t = 0; t < m.facets.tactic.values.length; t++) { if ((d[4 + Math.floor(t / 6)] >> (t % 6)) & 1) { tactics.push(t); } }
      return [m.boosts[d[0]], d[1], d[2] - 1, d[3] - 1, tactics];
    }

    async function scores(p, m) {
      var total = new Map(), ord;
      if (p.blank) {
        for (ord = 0; ord < m.entries; ord++) { total.set(ord, (await entryCode(ord, m))[0]); }
        return total;
      }
      for (var c = 0; c < p.clauses.length; c++) {
        var best = new Map();
        for (var a = 0; a < p.clauses[c].length; a++) {
          var alt = p.clauses[c][a];
          (await postings(alt.term)).forEach(function (w, o) {
            var s = alt.boost === 1 ? w : Math.fround(w * alt.boost);
            if (!best.has(o) || best.get(o) < s) { best.set(o, s); }
          });
        }
        best.forEach(function (s, o) { total.set(o, (total.get(o) || 0) + s); });
      }
      return total;
    }

    /** Filter numbers of {tactic, state, type}: null when no filter, -2 when the value is unknown (no match). */
    function filterCodes(filters, m) {
      var codes = {};
      ['tactic', 'state', 'type'].forEach(function (dim) {
        var v = filters && filters[dim];
        codes[dim] = v ? m.facets[dim].values.indexOf(dim === 'state' ? v.toUpperCase() : dim === 'type' ? v.toLowerCase() : v) : null;
        if (codes[dim] === -1) { codes[dim] = -2; }
      });
      return codes;
    }

    function accepts(codes, f) {
      return (f.tactic === null || codes[4].indexOf(f.tactic) >= 0) && (f.state === null || codes[2] === f.state)
        && (f.type === null || codes[3] === f.type);
    }

    function count(facets, m, codes) {
      [['kind', codes[1]], ['state', codes[2]], ['type', codes[3]]].concat(codes[4].map(function (t) { return ['tactic', t]; }))
        .forEach(function (dv) {
          if (dv[1] < 0) { return; }
          var value = m.facets[dv[0]].values[dv[1]];
          facets[dv[0]][value] = (facets[dv[0]][value] || 0) + 1;
        });
    }

    /** Runs a query: {total, hits: [{ord, score}], facets: {dim: {value: count}}, plan}. Hits are all, ranked. */
    async function search(text, filters) {
      var m = await meta(), p = await plan(text), f = filterCodes(filters, m);
      var facets = {tactic: {}, state: {}, type: {}, kind: {}}, hits = [];
      var all = await scores(p, m);
      for (var entry of all) {
        var codes = await entryCode(entry[0], m);
        if (accepts(codes, f)) { hits.push({ord: entry[0], score: Math.fround(entry[1])}); count(facets, m, codes); }
      }
      hits.sort(function (a, b) { return b.score - a.score || a.ord - b.ord; });
      return {total: hits.length, hits: hits, facets: facets, plan: p};
    }

    async function record(ord) {
      var m = await meta();
      return (await shard(shardName('rec', Math.floor(ord / m.blocks.rec))))[ord % m.blocks.rec];
    }

    /** Surface words to mark in a result: the query's words and every loaded dictionary word of a matched term. */
    function markedWords(p) {
      var terms = new Set(), marked = new Set(p.words);
      p.clauses.forEach(function (c) { c.forEach(function (a) { terms.add(a.term); a.surfaces.forEach(function (s) { marked.add(s); }); }); });
      return Promise.all(Object.keys(cache).filter(function (n) { return n.startsWith('dict-'); }).map(shard)).then(function (shards) {
        shards.forEach(function (data) {
          Object.keys(data).forEach(function (s) { if (terms.has(entryOf(s, data).term)) { marked.add(s); } });
        });
        return marked;
      });
    }

    return {meta: meta, plan: plan, search: search, record: record, markedWords: markedWords};
  }

  /* ---- the search page: everything below needs a DOM ---- */

  var PAGE_SIZE = 10, SNIPPET = 220;

  /** Loads shards by adding script tags; each shard calls window.AtlasSearch.load(name, data). */
  function scriptLoader(doc, base) {
    var waiting = {};
    global.AtlasSearch = {load: function (name, data) { if (waiting[name]) { waiting[name](data); } }};
    return function (name) {
      return new Promise(function (resolve, reject) {
        var script = doc.createElement('script');
        waiting[name] = resolve;
        script.src = new URL(name + '.js', base).href;
        script.onerror = function () { reject(new Error('cannot load search data ' + name)); };
        script.onload = function () { script.remove(); };
        doc.head.appendChild(script);
      });
    };
  }

  function element(doc, tag, className, text) {
    var e = doc.createElement(tag);
    if (className) { e.className = className; }
    if (text !== undefined) { e.textContent = text; }
    return e;
  }

  /** The record text around the first marked word, marked words wrapped in <mark>, built as DOM nodes. */
  function snippet(doc, text, marked) {
    var spans = [], re = new RegExp(WORD.source, 'gu'), m;
    while ((m = re.exec(text)) !== null) { if (marked.has(fold(m[0]))) { spans.push([m.index, m.index + m[0].length]); } }
    var start = spans.length && spans[0][0] > SNIPPET / 3 ? text.lastIndexOf(' ', spans[0][0] - SNIPPET / 3) + 1 : 0;
    var end = Math.min(text.length, start + SNIPPET), p = element(doc, 'p', 'search-snippet'), at = start;
    if (start > 0) { p.appendChild(doc.createTextNode('\u2026 ')); }
    spans.filter(function (s) { return s[0] >= start && s[1] <= end; }).forEach(function (s) {
      p.appendChild(doc.createTextNode(text.slice(at, s[0])));
      p.appendChild(element(doc, 'mark', null, text.slice(s[0], s[1])));
      at = s[1];
    });
    p.appendChild(doc.createTextNode(text.slice(at, end) + (end < text.length ? ' \u2026' : '')));
    return p;
  }

  function page(doc) {
    var input = doc.querySelector('input[name="q"]'), status = doc.getElementById('search-status');
    var list = doc.getElementById('search-results'), script = doc.currentScript;
    if (!input || !input.form || !status || !list || !script) { return; }
    var form = input.form, dims = ['tactic', 'state', 'type'], last = null, shown = PAGE_SIZE, run = 0;
    var engine = createEngine(scriptLoader(doc, new URL('../search/', script.src)));
    var more = element(doc, 'button', 'search-more', 'Show more results');
    more.type = 'button';
    more.hidden = true;
    list.after(more);

    function select(dim) { return form.elements.namedItem(dim); }

    function fillSelects(m) {
      dims.forEach(function (dim) {
        var s = select(dim), f = m.facets[dim];
        if (!s || s.options.length > 1) { return; }
        f.values.forEach(function (v, i) { s.appendChild(new Option(f.labels[i] + ' (' + f.counts[i] + ')', v)); });
      });
    }

    function readUrl() {
      var params = new URLSearchParams(global.location.search);
      input.value = (params.get('q') || '').slice(0, 200);
      dims.forEach(function (dim) { if (select(dim) && params.get(dim)) { select(dim).value = params.get(dim); } });
    }

    function writeUrl() {
      var params = new URLSearchParams();
      if (input.value) { params.set('q', input.value); }
      dims.forEach(function (dim) { if (select(dim) && select(dim).value) { params.set(dim, select(dim).value); } });
      try { global.history.replaceState(null, '', '?' + params.toString()); } catch (e) { /* file:// may refuse */ }
    }

    async function item(hit, m, marked) {
      var r = await engine.record(hit.ord), li = element(doc, 'li', 'search-hit');
      var a = element(doc, 'a', 'search-hit-name', r.name), facets = m.facets;
      a.href = '..' + r.url + (global.location.protocol === 'file:' ? 'index.html' : '');
      var meta = [facets.kind.labels[facets.kind.values.indexOf(r.kind)]];
      if (r.curated) { meta = ['Curated profile']; }
      if (r.state) { meta.push(facets.state.labels[facets.state.values.indexOf(r.state)]); }
      li.append(a, element(doc, 'span', 'search-hit-meta', meta.join(' \u00b7 ')));
      if (r.text) { li.appendChild(snippet(doc, r.text, marked)); }
      return li;
    }

    async function render() {
      var m = await engine.meta(), marked = await engine.markedWords(last.plan);
      var items = await Promise.all(last.hits.slice(0, shown).map(function (h) { return item(h, m, marked); }));
      list.replaceChildren.apply(list, items);
      more.hidden = last.total <= shown;
      var what = input.value.trim() ? ' for \u201c' + input.value.trim() + '\u201d' : '';
      status.textContent = last.total === 0 ? 'No results' + what + '. Check the spelling or remove a filter.'
        : last.total + (last.total === 1 ? ' result' : ' results') + what + '.';
    }

    async function search() {
      var mine = ++run, filters = {};
      dims.forEach(function (dim) { filters[dim] = select(dim) ? select(dim).value : ''; });
      try {
        var result = await engine.search(input.value, filters);
        if (mine !== run) { return; }
        last = result;
        shown = PAGE_SIZE;
        await render();
      } catch (e) {
        status.textContent = 'Search is unavailable: ' + e.message;
      }
    }

    var timer = null;
    input.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(function () { writeUrl(); search(); }, 120); });
    form.addEventListener('change', function (e) { if (e.target !== input) { writeUrl(); search(); } });
    form.addEventListener('submit', function (e) { e.preventDefault(); writeUrl(); search(); });
    more.addEventListener('click', function () { shown += PAGE_SIZE; render(); });
    input.addEventListener('keydown', function (e) {
      var first = list.querySelector('a');
      if (e.key === 'ArrowDown' && first) { e.preventDefault(); first.focus(); }
    });
    list.addEventListener('keydown', function (e) {
      var links = Array.from(list.querySelectorAll('a')), i = links.indexOf(doc.activeElement);
      if (e.key === 'ArrowDown' && i >= 0 && i < links.length - 1) { e.preventDefault(); links[i + 1].focus(); }
      if (e.key === 'ArrowUp' && i > 0) { e.preventDefault(); links[i - 1].focus(); }
      if (e.key === 'ArrowUp' && i === 0 || e.key === 'Escape') { e.preventDefault(); input.focus(); }
    });
    engine.meta().then(function (m) { fillSelects(m); readUrl(); return search(); })
      .catch(function (e) { status.textContent = 'Search is unavailable: ' + e.message; });
  }

  var api = {createEngine: createEngine, words: words, fold: fold, osa: osa};
  if (typeof module !== 'undefined' && module.exports) { module.exports = api; }
  if (typeof document !== 'undefined') { page(document); }
})(typeof window !== 'undefined' ? window : globalThis);
