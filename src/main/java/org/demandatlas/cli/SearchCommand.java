package org.demandatlas.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.demandatlas.export.AtlasJsonFile;
import org.demandatlas.index.AtlasIndex;
import org.demandatlas.index.AtlasIndexer;
import org.demandatlas.index.SearchHit;
import org.demandatlas.index.SearchQuery;
import org.demandatlas.index.SearchResults;
import org.demandatlas.index.SearchService;
import org.demandatlas.index.SearchSort;
import org.demandatlas.text.JsonMappers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code search QUERY [--tactic IDS] [--state STS] [--type TS] [--evidence LS] [--kind KS] [--sort S] [--explain]
 * [--json] [--site DIR]}: the live search over a built
 * site's {@code data/all.json}, ranked exactly as the site's search page and {@code /api/search} rank.
 */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Searches a built site's data/all.json and prints the ranked results: rank, score, name, url;",
                "then the groups of the matches (places, tactics, partners, sources, documents) and the facet counts.",
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
            description = "only these tactic ids, comma-separated (any one), e.g. web-stings,john-school")
    private String tactic;

    @Option(names = "--state", paramLabel = "ST", defaultValue = "", description = "only these state codes, e.g. CT,NY")
    private String state;

    @Option(names = "--type", paramLabel = "T", defaultValue = "", description = "only these types: city, county, state")
    private String type;

    @Option(names = "--evidence", paramLabel = "LEVEL", defaultValue = "",
            description = "only tactics at these evidence levels (corroborated, listed, unlisted); "
                    + "with --tactic, of those tactics")
    private String evidence;

    @Option(names = "--kind", paramLabel = "K", defaultValue = "",
            description = "only these kinds of record: jurisdiction, article, press-release, tactic, partner, citation")
    private String kind;

    @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "relevance",
            description = "relevance (default), name, population or state")
    private String sort;

    @Option(names = "--explain", description = "print Lucene's explanation of every score")
    private boolean explain;

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
            request = new SearchQuery(query, tactic, state, type, 1, limit, evidence).withKind(kind)
                    .withSort(SearchSort.parse(sort)).withExplain(explain);
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

    /** A passage's HTML as text: marks as *…*, entities decoded. */
    private static String plain(String html) {
        return html.replace("<mark>", "*").replace("</mark>", "*").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&amp;", "&");
    }

    private void print(SearchResults results, PrintWriter out) {
        if (json) {
            out.println(JSON.writeValueAsString(results));
        } else {
            for (int i = 0; i < results.hits().size(); i++) {
                SearchHit hit = results.hits().get(i);
                out.println(String.format(Locale.ROOT, "%2d  %7.4f  %s  %s", i + 1, hit.score(), hit.name(),
                        hit.url()));
                out.println("      " + String.join(" \u00b7 ", Stream.concat(Stream.of(hit.kindLabel()),
                        hit.reasons().stream()).toList()));
                hit.passages().forEach(p -> out.println("      " + p.anchor() + ": " + plain(p.html())));
                if (explain) {
                    out.println(hit.explanation().indent(6).stripTrailing());
                }
            }
            out.println(String.format(Locale.ROOT, "%d of %d result%s", results.hits().size(), results.total(),
                    results.total() == 1 ? "" : "s"));
            if (!results.groups().isEmpty()) {
                out.println("groups: " + results.groups().stream().map(g -> g.id() + " " + g.count())
                        .collect(Collectors.joining(", ")));
            }
            results.facets().forEach((dim, counts) -> {
                if (!counts.isEmpty()) {
                    out.println(dim + ": " + counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                            .collect(Collectors.joining(", ")));
                }
            });
        }
        out.flush();
    }
}
