// Unit tests of the browser search engine (templates/assets/search-engine.js) over a hand-made set of shards in
// the format index.shards.StaticSearchExporter writes (see index/shards/package-info.java). Run by the Java test
// SearchEngineJsTest, or directly: node --test src/test/js/
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');

const engineApi = require(path.resolve(__dirname, '../../../templates/assets/search-engine.js'));

const RANKING = {
  fieldBoosts: {name: 3, state: 0.5, tactics: 2, partners: 1, body: 1, citations: 0.5},
  docBoosts: {curated: 1.5, jurisdiction: 1, article: 1, 'press-release': 1.2},
  maxWords: 16,
  prefix: {minLength: 2, maxExpansions: 8, boost: 1},
  fuzzy: {minLength: 5, twoEditsMinLength: 8, prefixLength: 1, maxExpansions: 4},
  synonymBoost: 1,
};

// Four entries: 0 Hartford (curated, CT, city, Reverse Stings), 1 Boston (MA, city, John School and Reverse
// Stings), 2 an article about Connecticut (no type, no tactic), 3 a partner, a small record (no facet code).
const SHARDS = {
  meta: {
    format: 3, entries: 4, blocks: {docs: 1024, rec: 2, small: 32}, codeWidth: 6, boosts: [0.25, 1, 1.5],
    small: {from: 3, runs: [[3, 2, 0]]},
    groups: [['places', 'Places', ['jurisdiction']], ['partners', 'Partners', ['partner']],
      ['documents', 'Documents', ['article']]],
    dict: ['a', 'm'], post: ['#', 'h'], ranking: RANKING,
    phrases: [[['john', 'sting'], ['#reverse-stings']], [['sting'], ['#stings-only']]],
    facets: {
      kind: {values: ['article', 'jurisdiction', 'partner'], labels: ['Unverified web article', 'Jurisdiction',
        'Partner'], counts: [1, 2, 1]},
      state: {values: ['CT', 'MA'], labels: ['Connecticut', 'Massachusetts'], counts: [2, 1]},
      tactic: {values: ['john-school', 'reverse-stings'], labels: ['John School', 'Reverse Stings'], counts: [1, 2]},
      type: {values: ['city'], labels: ['City'], counts: [2]},
      evidence: {values: ['corroborated', 'listed', 'unlisted'], labels: ['c', 'l', 'u'], counts: [2, 1, 0]},
    },
  },
  'dict-0000': {and: ['', 3], boston: ['=', 1], hartford: ['=', 2], john: ['=', 1]},
  'dict-0001': {police: ['=', 1], school: ['=', 1], sting: ['=', 1], stings: ['sting', 2]},
  'post-0000': {'#reverse-stings': [2, [0, 1]], '#stings-only': [0.125, [0]], boston: [1.5, [1]]},
  'post-0001': {hartford: [3, [0], 1, [2]], john: [1, [1]], police: [0.5, [3]], school: [1, [1]],
    sting: [0.5, [0, 2], 0.25, [1], 'sting stings']},
  // Hartford: Reverse Stings corroborated; Boston: John School corroborated, Reverse Stings listed only
  'docs-0000': 'CBBBCC' + 'BBCBDB' + 'BABAAA',
  'rec-0000': [{id: 'ct/hartford', name: 'Hartford', url: '/ct/hartford/', curated: true, passages: [
    ['s', 'p-1', 'Hartford police ran john stings.', ['reverse-stings']], ['p', 'partners', 'Hartford Police'],
    ['t', 'tactic-reverse-stings', 'Reverse Stings', ['reverse-stings']]]}, {id: 'ma/boston', name: 'Boston'}],
  'sort-name': [2, 1, 0],
  'rec-0001': [{id: 'ct-article', name: 'About Connecticut'}],
  'rec-0002': [{id: 'partner:hartford-police', name: 'Hartford Police', url: '/partners/hartford-police/',
    kind: 'partner', passages: []}],
};

function engine(loaded = []) {
  return engineApi.createEngine((name) => {
    loaded.push(name);
    if (!(name in SHARDS)) { throw new Error('no shard ' + name); }
    return SHARDS[name];
  });
}

const ranked = (result) => result.hits.map((h) => [h.ord, h.score]);

test('words are folded like the surface analyzer: lower case, no accents, one apostrophe', () => {
  assert.deepEqual(engineApi.words('Hartford\u2019s Ca\u00f1on City: REVERSE stings'),
    ["hartford's", 'canon', 'city', 'reverse', 'stings']);
});

test('edit distance counts a transposition as one edit', () => {
  assert.equal(engineApi.osa('waterbery', 'waterbury'), 1);
  assert.equal(engineApi.osa('ab', 'ba'), 1);
  assert.equal(engineApi.osa('abc', ''), 3);
});

test('a key is looked up in the one shard whose first key is at or before it', () => {
  assert.equal(engineApi.shardOf(['a', 'm'], 'boston'), 0);
  assert.equal(engineApi.shardOf(['a', 'm'], 'zzz'), 1);
  assert.equal(engineApi.shardOf(['a', 'm'], '0'), -1);
  assert.equal(engineApi.shardName('dict', 7), 'dict-0007');
});

test('tactic phrases match greedily, longest first, left to right', () => {
  const phrases = SHARDS.meta.phrases;
  assert.deepEqual(engineApi.conceptsIn(['john', 'sting', 'sting'], phrases), ['#reverse-stings', '#stings-only']);
  assert.deepEqual(engineApi.conceptsIn(['john'], phrases), []);
});

test('postings and facet codes decode to named values', () => {
  assert.deepEqual(Array.from(engineApi.decodePostings([2, [0, 1], 1, [3]])), [[0, 2], [1, 2], [3, 1]]);
  assert.deepEqual(engineApi.decodeFacets('BBCBDB', SHARDS.meta), {boost: 1, kind: ['jurisdiction'], state: ['MA'],
    type: ['city'], tactic: ['john-school', 'reverse-stings'],
    evidence: [['john-school', 'corroborated'], ['reverse-stings', 'listed']]});
  assert.deepEqual(engineApi.decodeFacets('BABAAA', SHARDS.meta), {boost: 1, kind: ['article'], state: ['CT'],
    type: [], tactic: [], evidence: []});
});

test('a known word scores by its postings weights', async () => {
  assert.deepEqual(ranked(await engine().search('Hartford')), [[0, 3], [2, 1]]);
});

test('clauses add up; a tactic named by its words adds its concept term', async () => {
  const result = await engine().search('john stings');
  assert.deepEqual(result.plan.clauses.map((c) => c.map((a) => a.term)),
    [['john'], ['sting'], ['#reverse-stings']]);
  assert.deepEqual(ranked(result), [[1, 3.25], [0, 2.5], [2, 0.5]]);
});

test('filters keep matching entries and facets count them', async () => {
  const result = await engine().search('john stings', {state: 'ct'});
  assert.deepEqual(result.hits.map((h) => h.ord), [0, 2]);
  assert.deepEqual(result.facets, {tactic: {'reverse-stings': 1}, state: {CT: 2, MA: 1}, type: {city: 1},
    evidence: {corroborated: 1}, kind: {jurisdiction: 1, article: 1}}, 'a filtered dimension counts its other values');
  assert.equal((await engine().search('stings', {tactic: 'john-school'})).total, 1);
  assert.equal((await engine().search('stings', {state: 'ZZ'})).total, 0);
});

test('values of one filter are alternatives, filters of two dimensions both apply', async () => {
  assert.equal((await engine().search('stings', {state: 'CT,ma'})).total, 3);
  assert.equal((await engine().search('stings', {tactic: ['john-school', 'reverse-stings']})).total, 2);
  assert.equal((await engine().search('stings', {state: 'CT,MA', type: 'city'})).total, 2);
  assert.equal((await engine().search('', {evidence: 'corroborated'})).total, 2);
  const both = await engine().search('', {tactic: 'reverse-stings', evidence: 'corroborated'});
  assert.deepEqual(both.hits.map((h) => h.ord), [0], 'evidence of the filtered tactic');
  assert.deepEqual(both.facets.evidence, {corroborated: 1, listed: 1});
});

test('a sort order comes from its shard, loaded only when asked for', async () => {
  const loaded = [];
  assert.deepEqual((await engine(loaded).search('stings', {}, 'name')).hits.map((h) => h.ord), [2, 1, 0]);
  assert.ok(loaded.indexOf('sort-name') >= 0);
});

test('a hit shows its best passages marked, and why it matched', async () => {
  const e = engine();
  const result = await e.search('john stings');
  const hartford = await e.explainHit(result.plan, 0);
  assert.deepEqual(hartford.passages.map(engineApi.passageHtml),
    ['Hartford police ran <mark>john stings</mark>.', '<mark>Reverse Stings</mark>']);
  assert.deepEqual(hartford.passages.map((p) => p.anchor), ['p-1', 'tactic-reverse-stings']);
  assert.deepEqual(hartford.reasons, ['lists Reverse Stings', 'described in 1 sentence']);
  const unknown = await e.explainHit(await e.plan('zzzz'), 0);
  assert.deepEqual(unknown.passages.map((p) => p.kind), ['sentence'], 'no word is known: the first sentence');
});

test('an unknown last word is completed; an unknown word before it is corrected', async () => {
  assert.deepEqual(ranked(await engine().search('hart')), [[0, 3], [2, 1]]);
  const corrected = await engine().search('hartfrd boston');
  assert.deepEqual(corrected.plan.clauses[0], [{term: 'hartford', boost: Math.fround(1 - Math.fround(1 / 7)),
    surfaces: ['hartford']}]);
  assert.deepEqual(corrected.hits.map((h) => h.ord), [0, 1, 2]);
});

test('stop words are dropped and a blank query lists every entry by its boost', async () => {
  assert.equal((await engine().search('and')).total, 0);
  assert.deepEqual(ranked(await engine().search('  ')), [[0, 1.5], [1, 1], [2, 1], [3, 0.25]]);
});

test('only the shards a query needs are loaded, and records come in blocks', async () => {
  const loaded = [];
  const e = engine(loaded);
  await e.search('boston');
  assert.deepEqual(loaded.sort(), ['dict-0000', 'docs-0000', 'meta', 'post-0000']);
  assert.equal((await e.record(2)).id, 'ct-article');
});

test('marked words are the query words, their expansions and the loaded words of matched terms', async () => {
  const e = engine();
  const result = await e.search('stings hart');
  const marked = await e.markedWords(result.plan);
  assert.ok(marked.has('stings') && marked.has('hartford') && marked.has('hart'));
  assert.ok(!marked.has('boston'));
});

test('a small record has the facets of its kind and boost, its own record shard and its group', async () => {
  const loaded = [];
  const e = engine(loaded);
  const result = await e.search('police');
  assert.deepEqual(result.hits.map((h) => [h.ord, h.kind, h.group]), [[3, 'partner', 'partners']]);
  assert.deepEqual(result.groups, [{id: 'partners', label: 'Partners', count: 1}]);
  assert.deepEqual(result.facets.kind, {partner: 1});
  assert.equal((await e.record(3)).id, 'partner:hartford-police');
  assert.ok(!loaded.some((n) => n.startsWith('docs-')), 'no facet code is fetched for a small record');
  assert.equal((await engine().search('police', {kind: 'jurisdiction'})).total, 0);
  assert.equal((await engine().search('police', {state: 'CT'})).total, 0, 'a small record has no state');
  const browse = await engine().search('', {});
  assert.deepEqual(browse.groups.map((g) => [g.id, g.count]), [['places', 2], ['documents', 1], ['partners', 1]]);
});
