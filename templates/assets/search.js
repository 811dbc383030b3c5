/*
 * Demand Atlas static search, the page: binds the search form of /search/ to the engine (search-engine.js, loaded
 * before this script), loads the shards in ../search/ as script tags (which work from file:// too), and shows
 * results as they are typed. No framework, no inline script, no innerHTML with data: every text goes in as text.
 */
(function (global) {
  'use strict';

  const engineApi = global.AtlasSearchEngine;
  const PAGE_SIZE = 10;
  const TYPING_PAUSE_MS = 120;
  const MAX_QUERY = 200;
  const DIMS = ['tactic', 'state', 'type', 'evidence', 'kind'];

  /** Loads a shard by adding a script tag; the shard calls window.AtlasSearch.load(name, data). */
  function scriptLoader(doc, base) {
    const waiting = {};
    global.AtlasSearch = {load(name, data) { if (waiting[name]) { waiting[name](data); } }};
    return (name) => new Promise((resolve, reject) => {
      const script = doc.createElement('script');
      waiting[name] = resolve;
      script.src = new URL(name + '.js', base).href;
      script.onerror = () => reject(new Error('cannot load search data ' + name));
      script.onload = () => script.remove();
      doc.head.appendChild(script);
    });
  }

  /** Appends text[from, to) to parent as text nodes, marked words in <mark> elements. */
  function appendMarked(doc, parent, text, marked, from, to) {
    const re = engineApi.wordPattern();
    let m;
    let at = from;
    re.lastIndex = from;
    while ((m = re.exec(text)) !== null && m.index + m[0].length <= to) {
      if (!marked.has(engineApi.fold(m[0]))) { continue; }
      const mark = doc.createElement('mark');
      mark.textContent = m[0];
      parent.append(text.slice(at, m.index), mark);
      at = m.index + m[0].length;
    }
    parent.append(text.slice(at, to));
  }

  /** The link to a page of the site, from this page (file:// needs the index.html). */
  function href(path) {
    const hash = path.indexOf('#');
    const page = hash < 0 ? path : path.slice(0, hash);
    return '..' + page + (global.location.protocol === 'file:' ? 'index.html' : '') + (hash < 0 ? '' : path.slice(hash));
  }

  /** A passage as a link to its place on the page, its marks as <mark> elements. */
  function passageItem(doc, r, passage) {
    const li = doc.createElement('li');
    const a = doc.createElement('a');
    let at = 0;
    li.className = 'search-passage search-passage-' + passage.kind;
    a.href = href(r.url.split('#')[0] + '#' + passage.anchor);
    for (const [from, to] of passage.marks) {
      const mark = doc.createElement('mark');
      mark.textContent = passage.text.slice(from, to);
      a.append(passage.text.slice(at, from), mark);
      at = to;
    }
    a.append(passage.text.slice(at));
    li.append(a);
    return li;
  }

  function kindLabel(ui, r) {
    return ui.meta.hitKinds[r.curated ? 'curated' : r.kind] || r.kind;
  }

  function resultItem(ui, r, marked, explained) {
    const doc = ui.doc;
    const f = ui.meta.facets;
    const li = doc.createElement('li');
    const a = doc.createElement('a');
    const info = doc.createElement('p');
    li.className = 'search-hit';
    a.href = href(r.url);
    appendMarked(doc, a, r.name, marked, 0, r.name.length);
    info.className = 'search-hit-meta';
    const kind = doc.createElement('span');
    kind.className = 'search-kind search-kind-' + (r.curated ? 'curated' : r.kind);
    kind.textContent = kindLabel(ui, r);
    info.append(kind, [''].concat(r.state ? [f.state.labels[f.state.values.indexOf(r.state)]] : []).join(' \u00b7 '));
    li.append(a, info);
    if (explained.reasons.length) {
      const why = doc.createElement('p');
      why.className = 'search-reasons';
      why.textContent = 'Matched: ' + explained.reasons.join(' \u00b7 ');
      li.append(why);
    }
    if (explained.passages.length) {
      const list = doc.createElement('ul');
      list.className = 'search-passages';
      list.append(...explained.passages.map((p) => passageItem(doc, r, p)));
      li.append(list);
    }
    return li;
  }

  /** A group of the shown hits under its heading ("Places (12)": the group's matches in all), or null if empty. */
  function groupItem(doc, group, items) {
    if (!items.length) { return null; }
    const li = doc.createElement('li');
    const heading = doc.createElement('h2');
    const list = doc.createElement('ol');
    li.className = 'search-group search-group-' + group.id;
    heading.textContent = group.label + ' (' + group.count + ')';
    list.className = 'search-group-hits';
    list.append(...items);
    li.append(heading, list);
    return li;
  }

  async function render(ui) {
    const last = ui.last;
    const marked = await ui.engine.markedWords(last.plan);
    const q = ui.input.value.trim();
    const shown = last.hits.slice(0, ui.shown);
    const records = await Promise.all(shown.map((h) => ui.engine.record(h.ord)));
    const explained = await Promise.all(shown.map((h) => ui.engine.explainHit(last.plan, h.ord)));
    const items = records.map((r, i) => resultItem(ui, r, marked, explained[i]));
    ui.list.replaceChildren(...last.groups.map((g) => groupItem(ui.doc, g,
      items.filter((item, i) => shown[i].group === g.id))).filter((li) => li));
    ui.more.hidden = last.total <= ui.shown;
    const what = q ? ' for \u201c' + q + '\u201d' : '';
    ui.status.textContent = last.total === 0 ? 'No results' + what + '. Check the spelling or remove a filter.'
      : last.total + (last.total === 1 ? ' result' : ' results') + what + '.';
  }

  /** The ticked values of a facet group, in value order. */
  function ticked(ui, dim) {
    return Array.from(ui.form.querySelectorAll('input[name="' + dim + '"]:checked'), (box) => box.value).sort();
  }

  function filtersOf(ui) {
    const filters = {};
    DIMS.forEach((dim) => { filters[dim] = ui.picked[dim]; });
    return filters;
  }

  /** A facet group's checkboxes: every value with a count, or ticked, with its count over the other filters. */
  function renderFacets(ui, counts) {
    for (const dim of DIMS) {
      const box = ui.form.querySelector('[data-facet="' + dim + '"]');
      const f = ui.meta.facets[dim];
      if (!box || !f) { continue; }
      const items = [];
      f.values.forEach((v, i) => {
        const n = counts ? counts[dim][v] || 0 : f.counts[i];
        const on = ui.picked[dim].indexOf(v) >= 0;
        if (!n && !on) { return; }
        const label = ui.doc.createElement('label');
        const input = ui.doc.createElement('input');
        Object.assign(input, {type: 'checkbox', name: dim, value: v, checked: on});
        label.append(input, ' ' + f.labels[i] + ' (' + n + ')');
        items.push(label);
      });
      box.replaceChildren(...items);
      box.closest('fieldset').hidden = items.length === 0;
    }
  }

  async function runSearch(ui) {
    const mine = ++ui.run;
    const filters = filtersOf(ui);
    const sort = ui.sort.value;
    if (!ui.input.value.trim() && !DIMS.some((dim) => filters[dim].length)) {
      ui.list.replaceChildren();
      ui.more.hidden = true;
      ui.status.textContent = '';
      renderFacets(ui, null);
      return;
    }
    const result = await ui.engine.search(ui.input.value, filters, sort);
    if (mine === ui.run) {
      ui.last = result;
      renderFacets(ui, result.facets);
      await render(ui);
    }
  }

  /** Puts the whole state of the page in its address (replaceState: back leaves the page) and searches. */
  function update(ui, keepShown) {
    DIMS.forEach((dim) => { ui.picked[dim] = ticked(ui, dim); });
    if (!keepShown) { ui.shown = PAGE_SIZE; }
    writeAddress(ui);
    runSearch(ui).catch((e) => { ui.status.textContent = 'Search is unavailable: ' + e.message; });
  }

  function writeAddress(ui) {
    const params = new URLSearchParams();
    if (ui.input.value) { params.set('q', ui.input.value); }
    DIMS.forEach((dim) => { if (ui.picked[dim].length) { params.set(dim, ui.picked[dim].join(',')); } });
    if (ui.sort.value !== 'relevance') { params.set('sort', ui.sort.value); }
    if (ui.shown > PAGE_SIZE) { params.set('page', String(ui.shown / PAGE_SIZE)); }
    try { global.history.replaceState(null, '', '?' + params.toString()); } catch (e) { /* file:// may refuse */ }
  }

  /** The form from the address: ?q=…&tactic=a,b&state=…&type=…&evidence=…&kind=…&sort=…&page=N. */
  function readForm(ui) {
    const params = new URLSearchParams(global.location.search);
    DIMS.forEach((dim) => {
      ui.picked[dim] = (params.get(dim) || '').split(',').map((v) => v.trim()).filter((v) => v).sort();
    });
    ui.input.value = (params.get('q') || '').slice(0, MAX_QUERY);
    const sort = params.get('sort') || 'relevance';
    ui.sort.value = Array.from(ui.sort.options).some((o) => o.value === sort) ? sort : 'relevance';
    const page = parseInt(params.get('page') || '1', 10);
    ui.shown = PAGE_SIZE * (page >= 1 && page <= 100 ? page : 1);
  }

  /** Arrow keys move between the field and the result links; Escape returns to the field. */
  function bindKeys(ui) {
    ui.input.addEventListener('keydown', (e) => {
      const first = ui.list.querySelector('a');
      if (e.key === 'ArrowDown' && first) { e.preventDefault(); first.focus(); }
    });
    ui.list.addEventListener('keydown', (e) => {
      const links = Array.from(ui.list.querySelectorAll('a'));
      const i = links.indexOf(ui.doc.activeElement);
      const next = i < 0 ? null : {ArrowDown: links[i + 1], ArrowUp: links[i - 1] || ui.input, Escape: ui.input}[e.key];
      if (next) { e.preventDefault(); next.focus(); }
    });
  }

  function startPage(doc) {
    const input = doc.querySelector('input[name="q"]');
    const script = doc.currentScript;
    const ui = {doc, input, form: input && input.form, status: doc.getElementById('search-status'),
      list: doc.getElementById('search-results'), more: doc.createElement('button'), shown: PAGE_SIZE, run: 0,
      sort: doc.querySelector('select[name="sort"]'), picked: {}};
    if (!engineApi || !ui.form || !ui.status || !ui.list || !script || !ui.sort) { return; }
    ui.engine = engineApi.createEngine(scriptLoader(doc, new URL('../search/', script.src)));
    Object.assign(ui.more, {type: 'button', className: 'search-more', textContent: 'Show more results', hidden: true});
    ui.list.after(ui.more);
    let timer = null;
    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(() => update(ui), TYPING_PAUSE_MS);
    });
    ui.form.addEventListener('change', (e) => { if (e.target !== input) { update(ui, false); } });
    ui.form.addEventListener('submit', (e) => { e.preventDefault(); update(ui); });
    ui.more.addEventListener('click', () => { ui.shown += PAGE_SIZE; writeAddress(ui); render(ui); });
    bindKeys(ui);
    ui.engine.meta().then((m) => { ui.meta = m; readForm(ui); return runSearch(ui); })
      .catch((e) => { ui.status.textContent = 'Search is unavailable: ' + e.message; });
  }

  if (typeof document !== 'undefined') { startPage(document); }
})(typeof window !== 'undefined' ? window : globalThis);
