package org.demandatlas.index;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.demandatlas.model.Atlas;

public final class ProfileScratch {
    public static void main(String[] args) throws Exception {
        Atlas atlas = SyntheticAtlas.generate(10_000, 42);
        for (int round = 0; round < 3; round++) {
            long t = System.nanoTime();
            List<SearchEntry> entries = SearchEntries.of(atlas);
            long chars = entries.stream().mapToLong(e -> e.body().length()).sum();
            System.out.printf("entries %d ms, %d body chars%n", (System.nanoTime() - t) / 1_000_000, chars);
            var syn = TacticSynonyms.of(atlas.tactics().stream().map(e -> e.tactic()).toList(), AtlasAnalyzer.terms());
            for (Analyzer a : List.of(AtlasAnalyzer.surface(), AtlasAnalyzer.terms(), AtlasAnalyzer.indexing(syn.map()))) {
                t = System.nanoTime();
                long n = 0;
                for (SearchEntry e : entries) {
                    try (TokenStream ts = a.tokenStream("body", e.body())) {
                        ts.reset();
                        while (ts.incrementToken()) n++;
                        ts.end();
                    }
                }
                System.out.printf("analyze %s: %d ms wall, %d tokens%n", a.getClass().getSimpleName(), (System.nanoTime() - t) / 1_000_000, n);
            }
            t = System.nanoTime();
            long cpu = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            AtlasIndex index = new AtlasIndexer().build(atlas);
            System.out.printf("build %d ms wall, %d ms cpu%n", (System.nanoTime() - t) / 1_000_000,
                (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu) / 1_000_000);
            index.close();
        }
    }
}
