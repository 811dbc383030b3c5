// The bytes a fresh visitor's first static query fetches from a built Demand Atlas site, with the site's own
// search engine under node: the engine script plus every shard it loads for the query and the top 10 results.
// Usage: node first-query.js SITE_DIR QUERY  →  {"bytes": B, "total": N, "millis": M}
'use strict';
const fs = require('fs');
const path = require('path');
const vm = require('vm');

const [site, query] = process.argv.slice(2);
const engineJs = path.join(site, 'assets', 'search-engine.js');
const atlas = require(path.resolve(engineJs));
let bytes = fs.statSync(engineJs).size;

function load(name) {
  if (!/^[a-z]+(-\d{4})?$/.test(name)) {
    throw new Error('unexpected shard name ' + name);
  }
  const code = fs.readFileSync(path.join(site, 'search', name + '.js'), 'utf8');
  bytes += Buffer.byteLength(code, 'utf8');
  let data;
  vm.runInNewContext(code, {window: {AtlasSearch: {load: (n, d) => { if (n === name) { data = d; } }}}});
  return JSON.parse(JSON.stringify(data));
}

async function main() {
  const engine = atlas.createEngine(load);
  const started = process.hrtime.bigint();
  const found = await engine.search(query, {q: query});
  for (const hit of found.hits.slice(0, 10)) {
    await engine.record(hit.ord);
  }
  const millis = Number(process.hrtime.bigint() - started) / 1e6;
  process.stdout.write(JSON.stringify({bytes, total: found.total, millis}));
}

main().catch((e) => { console.error(e.stack || String(e)); process.exit(1); });
