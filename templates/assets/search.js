/*
 * Demand Atlas static search: no framework, no inline script, no eval, no innerHTML with data. The index is exported
 * at build time (StaticSearchExporter) as script shards in ../search/, which load from file:// too. The ranking is
 * the live search's (QueryPlanner, TermScoring): per clause the best boosted Lucene term weight, summed over clauses.
 * The engine needs no DOM; it runs under node in the static/live agreement test.
 */
(function (global) {
  'use strict';

  var WORD = /[\p{L}\p{N}_]+(?:['.\u2019][\p{L}\p{N}_]+)*/gu;
  var DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  var SEGMENTER = global.Intl && Intl.Segmenter ? new Intl.Segmenter('en', {granularity: 'word'}) : null;
  var PAGE_SIZE = 10, SNIPPET = 240, DIMS = ['tactic', 'state', 'type'];

  function fold(word) {
    return word.toLowerCase().normalize('NFKD').replace(/\p{M}+/gu, '').replace(/[\u2018\u2019\u201b\u2032]/g, "'");
  }

  /** Surface words: UAX#29 words (as Lucene's StandardTokenizer), lower-cased, accents folded. */
  function words(text) {
    var raw = SEGMENTER ? Array.from(SEGMENTER.segment(text)).filter(function (s) { return s.isWordLike; })
      .map(function (s) { return s.segment; }) : (text.match(WORD) || []);
    return raw.map(fold);
  }

  /** Optimal string alignment distance (a transposition is one edit), as Lucene's fuzzy automata count. */
  function osa(a, b) {
    a = Array.from(a); b = Array.from(b);
    var d = [], i, j;
    for (i = 0; i <= a.length; i++) { d[i] = [i]; }
    for (j = 1; j <= b.length; j++) { d[0][j] = j; }
    for (i = 1; i <= a.length; i++) {
      for (j = 1; j <= b.length; j++) {
        d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) { d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1); }
      }
    }
    return d[a.length][b.length];
  }

  /** The shard of a manifest (first key of each shard, sorted) that can hold key; -1 before the first. */
  function shardOf(firsts, key) {
    var lo = 0, hi = firsts.length - 1;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (firsts[mid] <= key) { lo = mid + 1; } else { hi = mid - 1; }
    }
    return hi;
  }

  function shardName(prefix, n) { return prefix + '-' + String(n).padStart(4, '0'); }
  function byFrequency(a, b) { return b.df - a.df || (a.surface < b.surface ? -1 : a.surface > b.surface ? 1 : 0); }
  function codePoints(s) { return Array.from(s).length; }

  /** One alternative {term, boost, surfaces} per distinct term of the matches, with the best boost. */
  function alternatives(matches) {
    var byTerm = new Map();
    matches.forEach(function (m) {
      var a = byTerm.get(m.entry.term) || {term: m.entry.term, boost: m.boost, surfaces: []};
      a.boost = Math.max(a.boost, m.boost);
      a.surfaces.push(m.entry.surface);
      byTerm.set(a.term, a);
    });
    return Array.from(byTerm.values());
  }

  /** Greedy longest match of the tactic phrases over a run of terms, as Lucene's SynonymGraphFilter matches. */
  function conceptsIn(run, phrases) {
    var concepts = [];
    for (var i = 0; i < run.length;) {
      var best = null;
      phrases.forEach(function (p) {
        var fits = p[0].length <= run.length - i && (!best || p[0].length > best[0].length);
        if (fits && p[0].every(function (t, k) { return run[i + k] === t; })) { best = p; }
      });
      concepts.push.apply(concepts, best ? best[1] : []);
      i += best ? best[0].length : 1;
    }
    return concepts;
  }

  /** The engine over shards given by load(name) -> data, or a Promise of it. */
  function createEngine(load) {
    var cache = {};
    function shard(name) { return cache[name] || (cache[name] = Promise.resolve(load(name))); }
    function meta() { return shard('meta'); }
    function entry(surface, data) {
      var e = data[surface];
      return e && {surface: surface, term: e[0] === '=' ? surface : e[0], df: e[1]};
    }

    async function lookup(surface) {
      var n = shardOf((await meta()).dict, surface);
      return n < 0 ? null : entry(surface, await shard(shardName('dict', n)));
    }

    /** Dictionary entries, stop words excepted, that start with prefix. */
    async function startingWith(prefix) {
      var firsts = (await meta()).dict, found = [], first = Math.max(0, shardOf(firsts, prefix));
      for (var n = first; n < firsts.length && (n === first || firsts[n] < prefix + '\uffff'); n++) {
        var data = await shard(shardName('dict', n));
        Object.keys(data).forEach(function (s) { if (s.startsWith(prefix) && data[s][0]) { found.push(entry(s, data)); } });
      }
      return found;
    }

    /** An unknown word: its completions if it is the last word, else its corrections (QueryPlanner.unknownWord). */
    async function unknownWord(word, last, r) {
      var n = codePoints(word), f = r.fuzzy, prefix = Math.fround(r.prefix.boost);
      var completions = last && n >= r.prefix.minLength ? (await startingWith(word)).sort(byFrequency) : [];
      if (completions.length) {
        return alternatives(completions.slice(0, r.prefix.maxExpansions).map(function (e) { return {entry: e, boost: prefix}; }));
      }
      if (n < f.minLength || n <= f.prefixLength) { return []; }
      var near = (await startingWith(Array.from(word).slice(0, f.prefixLength).join('')))
        .map(function (e) { return {entry: e, distance: osa(word, e.surface)}; })
        .filter(function (c) { return c.distance <= (n >= f.twoEditsMinLength ? 2 : 1); })
        .sort(function (a, b) { return a.distance - b.distance || byFrequency(a.entry, b.entry); });
      return alternatives(near.slice(0, f.maxExpansions).map(function (c) {
        return {entry: c.entry, boost: Math.fround(1 - Math.fround(c.distance / Math.min(n, codePoints(c.entry.surface))))};
      }));
    }

    /** The query plan {blank, clauses: [[{term, boost, surfaces}]], words}; mirrors QueryPlanner.plan. */
    async function plan(text) {
      var m = await meta(), r = m.ranking, clauses = [], keys = new Set(), runs = [[]], blank = /^\s*$/u.test(text);
      var ws = blank ? [] : words(text).slice(0, r.maxWords);
      function add(alts) {
        var key = JSON.stringify(alts.map(function (a) { return [a.term, a.boost]; }));
        if (!keys.has(key)) { keys.add(key); clauses.push(alts); }
      }
      for (var i = 0; i < ws.length; i++) {
        var known = await lookup(ws[i]);
        if (known && !known.term) { continue; }
        var alts = known ? [{term: known.term, boost: 1, surfaces: [ws[i]]}] : await unknownWord(ws[i], i === ws.length - 1, r);
        if (alts.length) { add(alts); runs[runs.length - 1].push(alts[0].term); } else { runs.push([]); }
      }
      runs.forEach(function (run) {
        conceptsIn(run, m.phrases).forEach(function (c) { add([{term: c, boost: Math.fround(r.synonymBoost), surfaces: []}]); });
      });
      return {blank: blank, clauses: clauses, words: ws};
    }

    /** Postings of a term as a Map ordinal -> weight; the shard groups them by weight: [w, [ordinal gaps], ...]. */
    async function postings(term) {
      var n = shardOf((await meta()).post, term), list = new Map();
      var p = n < 0 ? null : (await shard(shardName('post', n)))[term];
      for (var g = 0; p && g < p.length; g += 2) {
        for (var k = 0, ord = 0, w = Math.fround(p[g]); k < p[g + 1].length; k++) { ord += p[g + 1][k]; list.set(ord, w); }
      }
      return list;
    }

    /** An entry's code (FacetTable.code) as [boost, kind, state, type, tactic numbers], -1 for none. */
    async function facetsOf(ord, m) {
      var block = await shard(shardName('docs', Math.floor(ord / m.blocks.docs)));
      var at = (ord % m.blocks.docs) * m.codeWidth, d = [], tactics = [];
      for (var i = 0; i < m.codeWidth; i++) { d.push(DIGITS.indexOf(block.charAt(at + i))); }
      m.facets.tactic.values.forEach(function (v, t) { if ((d[4 + Math.floor(t / 6)] >> (t % 6)) & 1) { tactics.push(t); } });
      return [m.boosts[d[0]], d[1], d[2] - 1, d[3] - 1, tactics];
    }

    async function scores(p, m) {
      var total = new Map();
      for (var ord = 0; p.blank && ord < m.entries; ord++) { total.set(ord, (await facetsOf(ord, m))[0]); }
      for (var c = 0; c < p.clauses.length; c++) {
        var best = new Map();
        for (var a = 0; a < p.clauses[c].length; a++) {
          var boost = p.clauses[c][a].boost;
          (await postings(p.clauses[c][a].term)).forEach(function (w, o) {
            var s = boost === 1 ? w : Math.fround(w * boost);
            if (!(best.get(o) >= s)) { best.set(o, s); }
          });
        }
        best.forEach(function (s, o) { total.set(o, (total.get(o) || 0) + s); });
      }
      return total;
    }

    /** Runs a query: {total, hits: [{ord, score}] (all, ranked), facets: {dim: {value: count}}, plan}. */
    async function search(text, filters) {
      var m = await meta(), p = await plan(text), wanted = filterNumbers(filters || {}, m), hits = [];
      var counts = {tactic: {}, state: {}, type: {}, kind: {}};
      for (var hit of await scores(p, m)) {
        var f = await facetsOf(hit[0], m);
        if (accepts(f, wanted)) { hits.push({ord: hit[0], score: Math.fround(hit[1])}); count(counts, m, f); }
      }
      hits.sort(function (a, b) { return b.score - a.score || a.ord - b.ord; });
      return {total: hits.length, hits: hits, facets: counts, plan: p};
    }

    async function record(ord) {
      var size = (await meta()).blocks.rec;
      return (await shard(shardName('rec', Math.floor(ord / size))))[ord % size];
    }

    /** Words to mark in results: the query's words, the words it was expanded to, loaded words of matched terms. */
    async function markedWords(p) {
      var terms = new Set(), marked = new Set(p.words);
      p.clauses.forEach(function (c) { c.forEach(function (a) { terms.add(a.term); a.surfaces.forEach(marked.add, marked); }); });
      var loaded = await Promise.all(Object.keys(cache).filter(function (n) { return n.startsWith('dict-'); }).map(shard));
      loaded.forEach(function (data) { Object.keys(data).forEach(function (s) { if (terms.has(entry(s, data).term)) { marked.add(s); } }); });
      return marked;
    }

    return {meta: meta, plan: plan, search: search, record: record, markedWords: markedWords};
  }

  /** Filter value numbers by dimension (state upper-case, type lower-case): null for none, -2 for unknown. */
  function filterNumbers(filters, m) {
    var numbers = {};
    DIMS.forEach(function (dim, i) {
      var v = filters[dim] ? [filters[dim], filters[dim].toUpperCase(), filters[dim].toLowerCase()][i] : '';
      numbers[dim] = !v ? null : m.facets[dim].values.indexOf(v) < 0 ? -2 : m.facets[dim].values.indexOf(v);
    });
    return numbers;
  }

  function accepts(f, n) {
    return (n.tactic === null || f[4].indexOf(n.tactic) >= 0) && (n.state === null || f[2] === n.state)
      && (n.type === null || f[3] === n.type);
  }

  function count(counts, m, f) {
    [['kind', f[1]], ['state', f[2]], ['type', f[3]]].concat(f[4].map(function (t) { return ['tactic', t]; }))
      .filter(function (dv) { return dv[1] >= 0; }).forEach(function (dv) {
        var value = m.facets[dv[0]].values[dv[1]];
        counts[dv[0]][value] = (counts[dv[0]][value] || 0) + 1;
      });
  }

  /* ---- the search page (DOM) ---- */

  /** Loads a shard by adding a script tag; the shard calls window.AtlasSearch.load(name, data). */
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

  /** Appends text[from, to) to parent as text nodes, marked words in <mark> elements. */
  function appendMarked(doc, parent, text, marked, from, to) {
    var re = new RegExp(WORD.source, 'gu'), m, at = from;
    re.lastIndex = from;
    while ((m = re.exec(text)) !== null && m.index + m[0].length <= to) {
      if (!marked.has(fold(m[0]))) { continue; }
      var mark = doc.createElement('mark');
      mark.textContent = m[0];
      parent.append(text.slice(at, m.index), mark);
      at = m.index + m[0].length;
    }
    parent.append(text.slice(at, to));
  }

  /** About SNIPPET characters of a record's text around its first marked word. */
  function snippet(doc, text, marked) {
    var re = new RegExp(WORD.source, 'gu'), m, p = doc.createElement('p');
    while ((m = re.exec(text)) !== null && !marked.has(fold(m[0]))) { /* find the first marked word */ }
    var hit = m ? m.index : 0;
    var start = hit > SNIPPET / 3 ? text.lastIndexOf(' ', hit - SNIPPET / 3) + 1 : 0;
    var end = Math.min(text.length, start + SNIPPET);
    p.className = 'search-snippet';
    p.append(start > 0 ? '\u2026 ' : '');
    appendMarked(doc, p, text, marked, start, end);
    p.append(end < text.length ? ' \u2026' : '');
    return p;
  }

  function resultItem(ui, r, marked) {
    var doc = ui.doc, f = ui.meta.facets, li = doc.createElement('li'), a = doc.createElement('a');
    var info = doc.createElement('p');
    li.className = 'search-hit';
    a.href = '..' + r.url + (global.location.protocol === 'file:' ? 'index.html' : '');
    appendMarked(doc, a, r.name, marked, 0, r.name.length);
    info.className = 'search-hit-meta';
    info.textContent = [r.curated ? 'Curated profile' : f.kind.labels[f.kind.values.indexOf(r.kind)]]
      .concat(r.state ? [f.state.labels[f.state.values.indexOf(r.state)]] : []).join(' \u00b7 ');
    li.append(a, info);
    if (r.text) { li.append(snippet(doc, r.text, marked)); }
    return li;
  }

  async function render(ui) {
    var last = ui.last, marked = await ui.engine.markedWords(last.plan), q = ui.input.value.trim();
    var records = await Promise.all(last.hits.slice(0, ui.shown).map(function (h) { return ui.engine.record(h.ord); }));
    ui.list.replaceChildren.apply(ui.list, records.map(function (r) { return resultItem(ui, r, marked); }));
    ui.more.hidden = last.total <= ui.shown;
    var what = q ? ' for \u201c' + q + '\u201d' : '';
    ui.status.textContent = last.total === 0 ? 'No results' + what + '. Check the spelling or remove a filter.'
      : last.total + (last.total === 1 ? ' result' : ' results') + what + '.';
  }

  function value(ui, dim) { return ui.form.elements.namedItem(dim) ? ui.form.elements.namedItem(dim).value : ''; }

  async function runSearch(ui) {
    var mine = ++ui.run, filters = {};
    DIMS.forEach(function (dim) { filters[dim] = value(ui, dim); });
    if (!ui.input.value.trim() && !DIMS.some(function (dim) { return filters[dim]; })) {
      ui.list.replaceChildren();
      ui.more.hidden = true;
      ui.status.textContent = '';
      return;
    }
    var result = await ui.engine.search(ui.input.value, filters);
    if (mine === ui.run) { ui.last = result; ui.shown = PAGE_SIZE; await render(ui); }
  }

  /** Puts the form in the address (replaceState: back leaves the page) and searches. */
  function update(ui) {
    var params = new URLSearchParams();
    if (ui.input.value) { params.set('q', ui.input.value); }
    DIMS.forEach(function (dim) { if (value(ui, dim)) { params.set(dim, value(ui, dim)); } });
    try { global.history.replaceState(null, '', '?' + params.toString()); } catch (e) { /* file:// may refuse */ }
    runSearch(ui).catch(function (e) { ui.status.textContent = 'Search is unavailable: ' + e.message; });
  }

  /** Fills empty selects from the facets, then the form from the address (?q=…&tactic=…&state=…&type=…). */
  function readForm(ui) {
    var params = new URLSearchParams(global.location.search);
    DIMS.forEach(function (dim) {
      var select = ui.form.elements.namedItem(dim), f = ui.meta.facets[dim];
      if (!select) { return; }
      if (select.options.length <= 1) {
        f.values.forEach(function (v, i) { select.add(new Option(f.labels[i] + ' (' + f.counts[i] + ')', v)); });
      }
      select.value = params.get(dim) || '';
    });
    ui.input.value = (params.get('q') || '').slice(0, 200);
  }

  /** Arrow keys move between the field and the result links; Escape returns to the field. */
  function bindKeys(ui) {
    ui.input.addEventListener('keydown', function (e) {
      var first = ui.list.querySelector('a');
      if (e.key === 'ArrowDown' && first) { e.preventDefault(); first.focus(); }
    });
    ui.list.addEventListener('keydown', function (e) {
      var links = Array.from(ui.list.querySelectorAll('a')), i = links.indexOf(ui.doc.activeElement);
      var next = i < 0 ? null : {ArrowDown: links[i + 1], ArrowUp: links[i - 1] || ui.input, Escape: ui.input}[e.key];
      if (next) { e.preventDefault(); next.focus(); }
    });
  }

  function startPage(doc) {
    var input = doc.querySelector('input[name="q"]'), script = doc.currentScript;
    var ui = {doc: doc, input: input, form: input && input.form, status: doc.getElementById('search-status'),
      list: doc.getElementById('search-results'), more: doc.createElement('button'), shown: PAGE_SIZE, run: 0};
    if (!ui.form || !ui.status || !ui.list || !script) { return; }
    ui.engine = createEngine(scriptLoader(doc, new URL('../search/', script.src)));
    Object.assign(ui.more, {type: 'button', className: 'search-more', textContent: 'Show more results', hidden: true});
    ui.list.after(ui.more);
    var timer = null;
    input.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(function () { update(ui); }, 120); });
    ui.form.addEventListener('change', function (e) { if (e.target !== input) { update(ui); } });
    ui.form.addEventListener('submit', function (e) { e.preventDefault(); update(ui); });
    ui.more.addEventListener('click', function () { ui.shown += PAGE_SIZE; render(ui); });
    bindKeys(ui);
    ui.engine.meta().then(function (m) { ui.meta = m; readForm(ui); return runSearch(ui); })
      .catch(function (e) { ui.status.textContent = 'Search is unavailable: ' + e.message; });
  }

  var api = {createEngine: createEngine, words: words, fold: fold, osa: osa};
  if (typeof module !== 'undefined' && module.exports) { module.exports = api; }
  if (typeof document !== 'undefined') { startPage(document); }
})(typeof window !== 'undefined' ? window : globalThis);
