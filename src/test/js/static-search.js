// Runs the real search engine (search-engine.js) under node over exported shards, for the static/live agreement
// test and the benchmark. Usage: node static-search.js SEARCH_ENGINE_JS SHARD_DIR < queries.json > results.json
// queries.json: [{"q": "...", "tactic": "", "state": "", "type": ""}, ...]
// results.json: [{"q": ..., "total": N, "hits": [{"id", "score", "reasons", "passages": [{anchor, html}]}] (top 10), "facets": {...}, "bytes": B}, ...]
'use strict';
const fs = require('fs');
const path = require('path');
const vm = require('vm');

const [searchJs, shardDir] = process.argv.slice(2);
const atlas = require(path.resolve(searchJs));

function loader(counter) {
  return (name) => {
    if (!/^[a-z]+(-(\d{4}|[a-z]+))?$/.test(name)) {
      throw new Error('unexpected shard name ' + name);
    }
    const code = fs.readFileSync(path.join(shardDir, name + '.js'), 'utf8');
    counter.bytes += Buffer.byteLength(code, 'utf8');
    let data;
    vm.runInNewContext(code, {window: {AtlasSearch: {load: (n, d) => { if (n === name) { data = d; } }}}});
    if (data === undefined) {
      throw new Error('shard ' + name + ' did not call AtlasSearch.load("' + name + '", …)');
    }
    return JSON.parse(JSON.stringify(data)); // out of the vm's realm
  };
}

async function main() {
  const queries = JSON.parse(fs.readFileSync(0, 'utf8'));
  const results = [];
  for (const query of queries) {
    const counter = {bytes: 0};
    const engine = atlas.createEngine(loader(counter));
    const started = process.hrtime.bigint();
    const found = await engine.search(query.q, query, query.sort);
    const top = [];
    for (const hit of found.hits.slice(0, 10)) {
      const explained = await engine.explainHit(found.plan, hit.ord);
      top.push({id: (await engine.record(hit.ord)).id, score: hit.score, reasons: explained.reasons,
        passages: explained.passages.map((x) => ({anchor: x.anchor, html: atlas.passageHtml(x)}))});
    }
    const millis = Number(process.hrtime.bigint() - started) / 1e6;
    results.push({q: query.q, total: found.total, hits: top, facets: found.facets, bytes: counter.bytes, millis});
  }
  process.stdout.write(JSON.stringify(results));
}

main().catch((e) => { console.error(e.stack || String(e)); process.exit(1); });
