package org.demandatlas.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.demandatlas.export.AtlasJsonFile;
import org.demandatlas.index.AtlasIndex;
import org.demandatlas.index.AtlasIndexer;
import org.demandatlas.index.SearchHit;
import org.demandatlas.index.SearchQuery;
import org.demandatlas.index.SearchResults;
import org.demandatlas.index.SearchService;
import org.demandatlas.text.JsonMappers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code search QUERY [--tactic ID] [--state ST] [--type T] [--json] [--site DIR]}: the live search over a built
 * site's {@code data/all.json}, ranked exactly as the site's search page and {@code /api/search} rank.
 */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Searches a built site's data/all.json and prints the ranked results: rank, score, name, url.",
                "Ranking is the one of the site's search page and of /api/search."},
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {"0:success (also when nothing matched)", ExitCodes.USAGE, ExitCodes.FAILURE})
final class SearchCommand implements Callable<Integer> {
    private static final int USAGE_ERROR = 2;
    private static final JsonMapper JSON = JsonMappers.plain();

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "QUERY", defaultValue = "",
            description = "words to search for (at most 200 characters; empty lists everything)")
    private String query;

    @Option(names = "--tactic", paramLabel = "ID", defaultValue = "",
            description = "only this tactic id, e.g. web-stings")
    private String tactic;

    @Option(names = "--state", paramLabel = "ST", defaultValue = "", description = "only this state code, e.g. CT")
    private String state;

    @Option(names = "--type", paramLabel = "T", defaultValue = "", description = "only city, county or state")
    private String type;

    @Option(names = "--evidence", paramLabel = "LEVEL", defaultValue = "",
            description = "only tactics at this evidence level (corroborated, listed, unlisted); "
                    + "with --tactic, that one")
    private String evidence;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "results to print, 1 to 50")
    private int limit;

    @Option(names = "--json", description = "print the results as the JSON of /api/search")
    private boolean json;

    @Mixin
    private SiteOption site;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        SearchQuery request;
        try {
            request = new SearchQuery(query, tactic, state, type, 1, limit, evidence);
        } catch (IllegalArgumentException e) {
            err.println("search: " + e.getMessage());
            return USAGE_ERROR;
        }
        Path allJson = site.allJson();
        if (!Files.isRegularFile(allJson)) {
            err.println("search: " + allJson + " not found (build the site first: demand-atlas build)");
            return USAGE_ERROR;
        }
        try (AtlasIndex index = new AtlasIndexer().build(AtlasJsonFile.read(allJson))) {
            print(new SearchService(index).search(request), spec.commandLine().getOut());
            return 0;
        } catch (IOException e) {
            err.println("search: " + e.getMessage());
            return ExitCodes.INTERNAL_FAILURE;
        }
    }

    private void print(SearchResults results, PrintWriter out) {
        if (json) {
            out.println(JSON.writeValueAsString(results));
        } else {
            for (int i = 0; i < results.hits().size(); i++) {
                SearchHit hit = results.hits().get(i);
                out.println(String.format(Locale.ROOT, "%2d  %7.4f  %s  %s", i + 1, hit.score(), hit.name(),
                        hit.url()));
            }
            out.println(String.format(Locale.ROOT, "%d of %d result%s", results.hits().size(), results.total(),
                    results.total() == 1 ? "" : "s"));
        }
        out.flush();
    }
}
