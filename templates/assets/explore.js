/*
 * Demand Atlas explore page: filters the rows of ../explore/data.js (loaded as a script tag, so it works from
 * file:// too) by tactics (all of / any of), states, type, population range and evidence level; shows the count,
 * a sortable list, the state tile map and a table by state, and makes a CSV of exactly the matching rows in the
 * browser. The form is kept in the address. No inline script, no innerHTML: every text goes in as text.
 */
(function (global) {
  'use strict';

  const LIST_LIMIT = 500;
  const CSV_HEADER = ['id', 'name', 'state', 'state_name', 'type', 'population', 'curated', 'url', 'tactics',
    'citations'];

  function loadData(doc, src) {
    return new Promise((resolve, reject) => {
      global.AtlasExplore = {load(name, data) { resolve(data); }};
      const script = doc.createElement('script');
      script.src = src;
      script.onerror = () => reject(new Error('cannot load ' + src));
      doc.head.appendChild(script);
    });
  }

  /** The form's choices: tactic indexes, match mode, state codes, type, evidence mark, population bounds. */
  function choices(form, data) {
    const checked = Array.from(form.querySelectorAll('input[name="tactic"]:checked')).map((c) => c.value);
    const number = (name) => { const v = form.elements.namedItem(name).value; return v === '' ? null : Number(v); };
    const level = form.elements.namedItem('evidence').value;
    return {
      tactics: checked.map((id) => data.tactics.findIndex((t) => t.id === id)).filter((i) => i >= 0),
      any: form.querySelector('input[name="match"]:checked').value === 'any',
      states: new Set(Array.from(form.elements.namedItem('state').selectedOptions).map((o) => o.value)),
      type: form.elements.namedItem('type').value,
      mark: level ? level.charAt(0) : '',
      min: number('min'),
      max: number('max')
    };
  }

  /** Whether the tactic mark m counts: the chosen level, or listed (corroborated or listed only) by default. */
  function counts(c, m) {
    return c.mark ? m === c.mark : (m === 'c' || m === 'l');
  }

  function matches(data, c, i) {
    const rows = data.rows;
    const pop = rows.population[i];
    if (c.type && data.types[rows.type[i]] !== c.type) { return false; }
    if (c.states.size && !c.states.has(data.states[rows.state[i]].code)) { return false; }
    if (c.min !== null && (pop === null || pop < c.min)) { return false; }
    if (c.max !== null && (pop === null || pop > c.max)) { return false; }
    const ev = rows.evidence[i];
    if (!c.tactics.length) { return !c.mark || ev.indexOf(c.mark) >= 0; }
    return c.any ? c.tactics.some((t) => counts(c, ev.charAt(t))) : c.tactics.every((t) => counts(c, ev.charAt(t)));
  }

  /** The jurisdiction id of row i: state slug, slash, the slug (derived from the name when the data has none). */
  function rowId(data, i) {
    const slug = data.rows.slug[i];
    return data.states[data.rows.state[i]].code.toLowerCase() + '/' + (slug !== null ? slug
      : data.rows.name[i].toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, ''));
  }

  function record(data, i) {
    const rows = data.rows;
    const state = data.states[rows.state[i]];
    const listed = data.tactics.filter((t, k) => 'cl'.indexOf(rows.evidence[i].charAt(k)) >= 0);
    return {id: rowId(data, i), name: rows.name[i], state: state.code, stateName: state.name,
      type: data.types[rows.type[i]] || '', population: rows.population[i], curated: rows.curated[i] === 1,
      tactics: listed.map((t) => t.id), citations: rows.citations[i]};
  }

  function csvCell(value) {
    let text = value === null || value === undefined ? '' : String(value);
    if (text && '=+-@\t\r'.indexOf(text.charAt(0)) >= 0) { text = '\'' + text; }
    return /[",\n\r]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }

  /** The CSV of the records, in the columns of data/jurisdictions.csv that the explore data has. */
  function csv(records) {
    const lines = [CSV_HEADER.join(',')].concat(records.map((r) => [r.id, r.name, r.state, r.stateName, r.type,
      r.population, r.curated, '/' + r.id + '/', r.tactics.join(';'), r.citations].map(csvCell).join(',')));
    return lines.join('\r\n') + '\r\n';
  }

  const SORTS = {
    name: (a, b) => a.name.localeCompare(b.name, 'en') || a.id.localeCompare(b.id),
    state: (a, b) => a.stateName.localeCompare(b.stateName, 'en') || SORTS.name(a, b),
    type: (a, b) => a.type.localeCompare(b.type) || SORTS.name(a, b),
    population: (a, b) => (a.population === null) - (b.population === null) || (a.population || 0) - (b.population || 0),
    tactics: (a, b) => a.tactics.length - b.tactics.length || SORTS.name(a, b),
    citations: (a, b) => a.citations - b.citations || SORTS.name(a, b)
  };

  function cell(doc, tag, text, className) {
    const el = doc.createElement(tag);
    el.textContent = text;
    if (className) { el.className = className; }
    return el;
  }

  function resultRow(ui, r) {
    const doc = ui.doc;
    const tr = doc.createElement('tr');
    const th = doc.createElement('th');
    const a = cell(doc, 'a', r.name);
    th.scope = 'row';
    a.href = new URL('../' + r.id + '/' + ui.indexFile, ui.base).href;
    th.append(a);
    tr.append(th, cell(doc, 'td', r.stateName), cell(doc, 'td', r.type ? r.type.charAt(0).toUpperCase() + r.type.slice(1) : 'Not stated'),
      cell(doc, 'td', r.population === null ? '\u2014' : r.population.toLocaleString('en-US'), 'num'),
      cell(doc, 'td', r.curated ? String(r.tactics.length) : '\u2014', 'num'),
      cell(doc, 'td', r.curated ? String(r.citations) : '\u2014', 'num'));
    return tr;
  }

  function renderMap(ui, byState) {
    const buckets = Array.from(ui.doc.querySelectorAll('#explore-buckets li'));
    ui.doc.querySelectorAll('#explore-map g[data-state]').forEach((g) => {
      const n = byState.get(g.dataset.state) || 0;
      const b = buckets.find((li) => n >= Number(li.dataset.min) && n <= Number(li.dataset.max));
      g.setAttribute('class', 'tile ' + (b ? b.dataset.bucket : 'b0'));
      g.querySelector('.tile-count').textContent = n > 0 ? String(n) : '';
    });
    const body = ui.doc.querySelector('#explore-by-state tbody');
    body.replaceChildren(...ui.data.states.filter((s) => byState.get(s.code)).map((s) => {
      const tr = ui.doc.createElement('tr');
      tr.append(cell(ui.doc, 'td', s.name), cell(ui.doc, 'td', String(byState.get(s.code)), 'num'));
      return tr;
    }));
  }

  function render(ui) {
    const c = choices(ui.form, ui.data);
    const found = [];
    for (let i = 0; i < ui.data.rows.name.length; i++) { if (matches(ui.data, c, i)) { found.push(record(ui.data, i)); } }
    const sort = SORTS[ui.sort.key];
    found.sort((a, b) => ui.sort.dir * sort(a, b));
    ui.count.textContent = found.length + (found.length === 1 ? ' jurisdiction matches.' : ' jurisdictions match.');
    ui.count.dataset.count = String(found.length);
    const byState = new Map();
    found.forEach((r) => byState.set(r.state, (byState.get(r.state) || 0) + 1));
    renderMap(ui, byState);
    ui.list.replaceChildren(...found.slice(0, LIST_LIMIT).map((r) => resultRow(ui, r)));
    ui.more.hidden = found.length <= LIST_LIMIT;
    ui.more.textContent = 'The list shows the first ' + LIST_LIMIT + ' of ' + found.length + '; the CSV has all.';
    if (ui.csvUrl) { URL.revokeObjectURL(ui.csvUrl); }
    ui.csvUrl = URL.createObjectURL(new Blob([csv(found)], {type: 'text/csv'}));
    ui.csv.href = ui.csvUrl;
    ui.csv.hidden = false;
    ui.doc.querySelectorAll('#explore-results th[data-sort]').forEach((th) => {
      th.setAttribute('aria-sort', th.dataset.sort !== ui.sort.key ? 'none' : ui.sort.dir > 0 ? 'ascending' : 'descending');
    });
  }

  /** Puts the form in the address (replaceState) and shows the matches. */
  function update(ui) {
    const params = new URLSearchParams(new FormData(ui.form));
    ['min', 'max', 'type', 'evidence'].forEach((k) => { if (!params.get(k)) { params.delete(k); } });
    if (params.get('match') === 'all') { params.delete('match'); }
    try { global.history.replaceState(null, '', '?' + params.toString()); } catch (e) { /* file:// may refuse */ }
    render(ui);
  }

  /** Fills the form from the address: ?tactic=a&tactic=b&match=any&state=CT&type=city&evidence=…&min=…&max=…. */
  function readAddress(form) {
    const params = new URLSearchParams(global.location.search);
    const tactics = new Set(params.getAll('tactic'));
    const states = new Set(params.getAll('state'));
    form.querySelectorAll('input[name="tactic"]').forEach((box) => { box.checked = tactics.has(box.value); });
    Array.from(form.elements.namedItem('state').options).forEach((o) => { o.selected = states.has(o.value); });
    form.querySelectorAll('input[name="match"]').forEach((r) => { r.checked = r.value === (params.get('match') || 'all'); });
    ['type', 'evidence', 'min', 'max'].forEach((k) => { form.elements.namedItem(k).value = params.get(k) || ''; });
  }

  function startPage(doc) {
    const form = doc.getElementById('explore-form');
    const script = doc.currentScript;
    if (!form || !script) { return; }
    const ui = {doc, form, base: script.src, count: doc.getElementById('explore-count'),
      list: doc.querySelector('#explore-results tbody'), more: doc.getElementById('explore-more'),
      csv: doc.getElementById('explore-csv'), sort: {key: 'name', dir: 1},
      indexFile: global.location.protocol === 'file:' ? 'index.html' : ''};
    form.addEventListener('change', () => update(ui));
    form.addEventListener('submit', (e) => { e.preventDefault(); update(ui); });
    doc.querySelectorAll('#explore-results th[data-sort] button').forEach((button) => {
      button.addEventListener('click', () => {
        const key = button.parentElement.dataset.sort;
        ui.sort = {key, dir: ui.sort.key === key ? -ui.sort.dir : 1};
        render(ui);
      });
    });
    readAddress(form);
    ui.count.textContent = 'Loading the data\u2026';
    loadData(doc, new URL('../explore/data.js', script.src).href)
      .then((data) => { ui.data = data; render(ui); })
      .catch((e) => { ui.count.textContent = 'The data is unavailable: ' + e.message; });
  }

  if (typeof document !== 'undefined') { startPage(document); }
})(typeof window !== 'undefined' ? window : globalThis);
