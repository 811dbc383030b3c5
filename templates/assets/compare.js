/*
 * Demand Atlas compare page: the jurisdictions named in the address (?ids=ct/hartford,ct/waterbury, 2 to 6) side by
 * side, from ../explore/data.js (names, tactics, the picker) and ../compare/ST.js (one shard per state: evidence,
 * partners, timeline), loaded as script tags so that it works from file:// too. Without JavaScript the page keeps
 * the comparison built at build time. No inline script, no innerHTML: every text goes in as text.
 */
(function (global) {
  'use strict';

  const MAX = 6;
  const ID = /^[a-z]{2}\/[a-z0-9]+(?:-[a-z0-9]+)*$/;
  const SYMBOLS = {corroborated: '\u25CF', listed: '\u25CB', unlisted: '\u25C7', none: '\u00B7'};
  const LABELS = {corroborated: 'Listed and corroborated', listed: 'Listed only', unlisted: 'Described, not listed'};

  /** Loads data scripts that call window[globalName].load(name, data), each at most once. */
  function loader(doc, globalName) {
    const waiting = {};
    const loaded = {};
    global[globalName] = {load(name, data) { if (waiting[name]) { waiting[name](data); } }};
    return (name, src) => {
      if (!loaded[name]) {
        loaded[name] = new Promise((resolve, reject) => {
          const script = doc.createElement('script');
          waiting[name] = resolve;
          script.src = src;
          script.onerror = () => reject(new Error('cannot load ' + src));
          doc.head.appendChild(script);
        });
      }
      return loaded[name];
    };
  }

  function idsFromAddress() {
    const raw = new URLSearchParams(global.location.search).get('ids');
    if (raw === null) { return null; }
    return Array.from(new Set(raw.split(',').map((s) => s.trim()).filter((s) => ID.test(s)))).slice(0, MAX);
  }

  function el(doc, tag, text, className) {
    const e = doc.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = text; }
    if (className) { e.className = className; }
    return e;
  }

  function link(ui, text, path) {
    const a = el(ui.doc, 'a', text);
    a.href = new URL('../' + path + ui.indexFile, ui.base).href;
    return a;
  }

  function marks(t) {
    return [t.listed ? '\u2611' : '', t.sentences ? '\u270E ' + t.sentences : '',
      t.citations ? '\u275D ' + t.citations : ''].filter((m) => m).join(' ');
  }

  function label(t) {
    return LABELS[t.level] + ': ' + (t.listed ? 'listed' : 'not listed')
      + (t.sentences ? ', ' + t.sentences + (t.sentences === 1 ? ' sentence' : ' sentences') : '')
      + (t.citations ? ', ' + t.citations + (t.citations === 1 ? ' citation' : ' citations') : '');
  }

  function tacticCell(ui, place, tacticId) {
    const td = el(ui.doc, 'td');
    const t = place.tactics.find((x) => x.id === tacticId);
    td.className = 'ev-' + (t ? t.level : 'none');
    const shown = el(ui.doc, 'span', t ? SYMBOLS[t.level] + ' ' + marks(t) : SYMBOLS.none);
    const words = el(ui.doc, 'span', t ? label(t) : 'Not listed, not described', 'visually-hidden');
    shown.setAttribute('aria-hidden', 'true');
    if (t) {
      const a = link(ui, null, place.id + '/');
      a.href += '#tactic-' + tacticId;
      a.append(shown, words);
      td.append(a);
    } else {
      td.append(shown, words);
    }
    return td;
  }

  function listCell(ui, items, empty, tag) {
    const td = el(ui.doc, 'td');
    if (!items.length) { td.append(el(ui.doc, 'span', empty, 'muted')); return td; }
    const list = el(ui.doc, tag, null, 'compare-list');
    items.forEach((text) => list.append(el(ui.doc, 'li', text)));
    td.append(list);
    return td;
  }

  function row(ui, heading, cells) {
    const tr = el(ui.doc, 'tr');
    const th = el(ui.doc, 'th');
    th.scope = 'row';
    th.append(heading);
    tr.append(th, ...cells);
    return tr;
  }

  function table(ui, places) {
    const doc = ui.doc;
    const data = ui.data;
    const wrap = el(doc, 'div', null, 'table-scroll compare-scroll');
    const tbl = el(doc, 'table', null, 'compare-table');
    const caption = el(doc, 'caption', 'Jurisdictions compared');
    const head = el(doc, 'tr');
    caption.id = 'compare-caption';
    Object.assign(wrap, {tabIndex: 0});
    wrap.setAttribute('role', 'region');
    wrap.setAttribute('aria-labelledby', 'compare-caption');
    head.append(el(doc, 'th', 'Jurisdiction', 'corner'));
    places.forEach((p) => { const th = el(doc, 'th'); th.scope = 'col'; th.append(link(ui, p.name, p.id + '/')); head.append(th); });
    head.firstChild.scope = 'col';
    const thead = el(doc, 'thead');
    const body = el(doc, 'tbody');
    thead.append(head);
    const text = (f, cls) => places.map((p) => el(doc, 'td', f(p), cls));
    body.append(row(ui, 'State', text((p) => p.stateName)), row(ui, 'Type', text((p) => (p.type ? p.type.charAt(0).toUpperCase() + p.type.slice(1) : 'Not stated'))),
      row(ui, 'Population', text((p) => p.population === null ? 'Not stated' : p.population.toLocaleString('en-US'), 'num')),
      row(ui, 'Cited sources', text((p) => String(p.citations), 'num')));
    data.tactics.filter((t) => places.some((p) => p.tactics.some((x) => x.id === t.id))).forEach((t) => {
      body.append(row(ui, link(ui, t.name, 'tactics/' + t.id + '/'), places.map((p) => tacticCell(ui, p, t.id))));
    });
    body.append(row(ui, 'Partners', places.map((p) => listCell(ui, p.partners, 'None named', 'ul'))),
      row(ui, 'Timeline', places.map((p) => listCell(ui, p.timeline.map((e) => e.date + ': ' + e.text),
        'No dated statement', 'ol'))));
    tbl.append(caption, thead, body);
    wrap.append(tbl);
    return wrap;
  }

  /** The places of the selection, in its order, from their states' shards. */
  function places(ui) {
    const states = Array.from(new Set(ui.ids.map((id) => id.slice(0, 2))));
    return Promise.all(states.map((s) => ui.load(s, new URL('../compare/' + s + '.js', ui.base).href)
      .then((shard) => [s, shard]))).then((shards) => {
      const byId = new Map();
      shards.forEach(([s, shard]) => shard.jurisdictions.forEach((p) => {
        const state = ui.data.states.find((x) => x.code.toLowerCase() === s);
        byId.set(p.id, Object.assign({stateName: state ? state.name : s.toUpperCase()}, p));
      }));
      return ui.ids.map((id) => byId.get(id)).filter((p) => p);
    });
  }

  function renderPicked(ui, found) {
    ui.picked.replaceChildren(...found.map((p) => {
      const li = el(ui.doc, 'li', p.name + ', ' + p.stateName + ' ');
      const remove = el(ui.doc, 'button', 'Remove', 'secondary');
      remove.type = 'button';
      remove.setAttribute('aria-label', 'Remove ' + p.name + ' from the comparison');
      remove.addEventListener('click', () => { ui.ids = ui.ids.filter((id) => id !== p.id); update(ui); });
      li.append(remove);
      return li;
    }));
  }

  function render(ui) {
    return places(ui).then((found) => {
      renderPicked(ui, found);
      const empty = ui.doc.getElementById('compare-empty');
      if (empty) { empty.hidden = found.length > 0; }
      ui.output.replaceChildren(...(found.length ? [table(ui, found)] : []));
      ui.status.textContent = found.length < 2 ? 'Choose at least ' + (found.length ? 'one more jurisdiction.' : 'two jurisdictions.')
        : 'Comparing ' + found.length + ' jurisdictions' + (found.length === MAX ? ' (the most at once).' : '.');
    });
  }

  function update(ui) {
    const query = ui.ids.length ? '?ids=' + ui.ids.join(',') : '?';
    try { global.history.replaceState(null, '', query); } catch (e) { /* file:// may refuse */ }
    render(ui).catch((e) => { ui.status.textContent = 'The comparison is unavailable: ' + e.message; });
  }

  /** The jurisdiction id of row i of the explore data (as explore.js reads it). */
  function rowId(data, i) {
    const slug = data.rows.slug[i];
    return data.states[data.rows.state[i]].code.toLowerCase() + '/' + (slug !== null ? slug
      : data.rows.name[i].toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, ''));
  }

  /** The state select lists that state's jurisdictions in the place select; curated profiles first. */
  function fillPlaces(ui) {
    const rows = ui.data.rows;
    const state = ui.data.states.findIndex((s) => s.code === ui.stateSelect.value);
    const options = [];
    for (let i = 0; i < rows.name.length; i++) {
      if (rows.state[i] === state) { options.push({id: rowId(ui.data, i), text: rows.name[i] + (rows.curated[i] ? '' : ' (no curated profile)'), curated: rows.curated[i]}); }
    }
    options.sort((a, b) => b.curated - a.curated);
    ui.placeSelect.replaceChildren(...options.map((o) => new Option(o.text, o.id)));
  }

  function bindPicker(ui) {
    ui.form.hidden = false;
    ui.stateSelect.addEventListener('change', () => fillPlaces(ui));
    ui.doc.getElementById('compare-add').addEventListener('click', () => {
      const id = ui.placeSelect.value;
      if (!id || ui.ids.includes(id)) { ui.status.textContent = id ? 'Already in the comparison.' : ''; return; }
      if (ui.ids.length >= MAX) { ui.status.textContent = 'At most ' + MAX + ' jurisdictions at once; remove one first.'; return; }
      ui.ids = ui.ids.concat([id]);
      update(ui);
    });
    ui.doc.getElementById('compare-clear').addEventListener('click', () => { ui.ids = []; update(ui); });
    fillPlaces(ui);
  }

  function startPage(doc) {
    const script = doc.currentScript;
    const form = doc.getElementById('compare-form');
    if (!script || !form) { return; }
    const ui = {doc, form, base: script.src, output: doc.getElementById('compare-output'),
      status: doc.getElementById('compare-status'), picked: doc.getElementById('compare-picked'),
      stateSelect: doc.getElementById('compare-state'), placeSelect: doc.getElementById('compare-place'),
      indexFile: global.location.protocol === 'file:' ? 'index.html' : '', load: loader(doc, 'AtlasCompare')};
    const fromAddress = idsFromAddress();
    const shown = Array.from(doc.querySelectorAll('#compare-output thead a[data-id]')).map((a) => a.dataset.id);
    ui.ids = fromAddress === null ? shown : fromAddress;
    const explore = loader(doc, 'AtlasExplore');
    explore('data', new URL('../explore/data.js', script.src).href)
      .then((data) => { ui.data = data; bindPicker(ui); return render(ui); })
      .catch((e) => { ui.status.textContent = 'The comparison is unavailable: ' + e.message; });
  }

  if (typeof document !== 'undefined') { startPage(document); }
})(typeof window !== 'undefined' ? window : globalThis);
