// The bytes a fresh visitor's first Pagefind query fetches: pagefind.js itself plus every file it fetches (entry,
// WebAssembly, metadata, index and filter chunks) for the query and the fragments of the top 10 results, with
// Pagefind's own client under node; fetch reads the files from disk and counts them.
// Usage: node pagefind-first-query.mjs PAGEFIND_DIR QUERY  →  {"bytes": B, "total": N, "millis": M}
import fs from 'node:fs';
import path from 'node:path';
import {pathToFileURL, fileURLToPath} from 'node:url';

const [dir, query] = process.argv.slice(2);
const script = path.resolve(dir, 'pagefind.js');
let bytes = fs.statSync(script).size;
globalThis.window = globalThis;
globalThis.location = new URL(pathToFileURL(path.resolve(dir)).href + '/');
globalThis.document = {querySelector: () => ({getAttribute: () => 'en'}), currentScript: null};
globalThis.fetch = async (url) => {
  const file = fileURLToPath(new URL(String(url), globalThis.location).href.replace(/\?.*$/, ''));
  const body = fs.readFileSync(file);
  bytes += body.length;
  return new Response(body, {status: 200});
};

const pagefind = await import(pathToFileURL(script).href);
const started = process.hrtime.bigint();
await pagefind.options({basePath: pathToFileURL(path.resolve(dir)).href + '/'});
const found = await pagefind.search(query);
for (const result of found.results.slice(0, 10)) {
  await result.data();
}
const millis = Number(process.hrtime.bigint() - started) / 1e6;
process.stdout.write(JSON.stringify({bytes, total: found.results.length, millis}));
