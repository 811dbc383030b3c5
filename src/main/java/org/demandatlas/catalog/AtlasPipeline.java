package org.demandatlas.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.demandatlas.model.Atlas;
import org.demandatlas.model.Catalog;
import org.demandatlas.model.ParsedDocument;
import org.demandatlas.model.Problem;
import org.demandatlas.model.QualityReport;
import org.demandatlas.model.States;
import org.demandatlas.model.Taxonomy;
import org.demandatlas.model.TimelineEvent;

/**
 * The one way from parsed documents to what the site publishes, in three steps whose types say what ran:
 * <ol>
 *   <li>{@link #catalog}: parsed documents → {@link Catalog} (cross-referenced) and the problems across files;</li>
 *   <li>{@link #enrich}: catalog → {@link Atlas}: the timeline of dated statements, the statute references, and
 *       tactic evidence and the timeline's tactics (matched with the search analyzer);</li>
 *   <li>{@link #check}: atlas and every problem → {@link QualityReport}.</li>
 * </ol>
 * The build runs the steps one by one (it stops after the first when there are errors); tests run {@link #run}.
 */
public final class AtlasPipeline {
    private final AtlasBuilder builder;
    private final StatuteFinder statutes;
    private final EvidenceFinder evidence;

    public AtlasPipeline(Taxonomy taxonomy, States states, StatuteLinks statuteLinks) {
        this.builder = new AtlasBuilder(taxonomy, states);
        this.statutes = new StatuteFinder(statuteLinks);
        this.evidence = new EvidenceFinder(taxonomy.tactics());
    }

    /** The pipeline over the shipped taxonomy, states and statute tables. */
    public static AtlasPipeline standard() {
        return new AtlasPipeline(ReferenceData.loadTaxonomy(), ReferenceData.loadStates(),
                ReferenceData.loadStatuteLinks());
    }

    /** Everything the pipeline made: the atlas, the quality report, and every problem (parser's and catalog's). */
    public record Result(Atlas atlas, QualityReport quality, List<Problem> problems) {
        public Result {
            Objects.requireNonNull(atlas, "atlas");
            Objects.requireNonNull(quality, "quality");
            problems = problems.stream().sorted(Problem.ORDER).toList();
        }
    }

    public CatalogResult catalog(List<ParsedDocument> parsed) {
        return builder.build(parsed);
    }

    public Atlas enrich(Catalog catalog) {
        List<TimelineEvent> timeline = TimelineExtractor.extract(catalog, evidence::tacticsIn);
        return new Atlas(catalog, evidence.evidenceOf(catalog), timeline, statutes.extract(catalog));
    }

    public QualityReport check(Atlas atlas, List<Problem> problems) {
        return QualityChecks.of(atlas, problems);
    }

    /** All three steps; the quality report sees the parser's problems and the catalog's. */
    public Result run(List<ParsedDocument> parsed) {
        CatalogResult cataloged = catalog(parsed);
        List<Problem> problems = new ArrayList<>();
        parsed.forEach(p -> problems.addAll(p.problems()));
        problems.addAll(cataloged.problems());
        Atlas atlas = enrich(cataloged.catalog());
        return new Result(atlas, check(atlas, problems), problems);
    }
}
