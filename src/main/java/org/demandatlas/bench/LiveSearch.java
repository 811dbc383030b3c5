package org.demandatlas.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.demandatlas.export.AtlasJsonFile;
import org.demandatlas.index.AtlasIndex;
import org.demandatlas.index.AtlasIndexer;
import org.demandatlas.index.SearchQuery;
import org.demandatlas.index.SearchService;
import org.demandatlas.index.SampleQueries;
import org.demandatlas.routes.DataFile;

/**
 * The live search column of the bench: the built site's {@code data/all.json} indexed as {@code serve} indexes it,
 * then {@link SearchService} latency over 1,000 queries of one to three of the index's own words (one in five with
 * a typo, one in five a prefix, one in ten filtered to a state), after 100 to warm up; as the test-side
 * {@code SearchBenchmark} does. Runs in the bench's own JVM, one thread.
 */
record LiveSearch(double p50Millis, double p99Millis) {
    private static final int QUERIES = 1000;
    private static final int WARM_UP = 100;

    static LiveSearch measure(Path site) throws IOException {
        try (AtlasIndex index = new AtlasIndexer().build(AtlasJsonFile.read(site.resolve(DataFile.ALL_JSON.file())))) {
            SearchService service = new SearchService(index);
            List<String> queries = queries(index, new SplittableRandom(7));
            queries.subList(0, WARM_UP).forEach(q -> service.search(SearchQuery.of(q)));
            long[] nanos = new long[queries.size()];
            for (int i = 0; i < queries.size(); i++) {
                SearchQuery query = SearchQuery.of(queries.get(i));
                String state = index.entries().get(i % index.entries().size()).state();
                query = i % 10 == 0 && state != null ? query.withState(state) : query;
                long start = System.nanoTime();
                service.search(query);
                nanos[i] = System.nanoTime() - start;
            }
            Arrays.sort(nanos);
            return new LiveSearch(nanos[nanos.length / 2] / 1e6, nanos[nanos.length * 99 / 100] / 1e6);
        }
    }

    private static List<String> queries(AtlasIndex index, SplittableRandom random) {
        return SampleQueries.of(index, random, QUERIES);
    }
}
