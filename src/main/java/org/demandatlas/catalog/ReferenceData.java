package org.demandatlas.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.demandatlas.model.StateRef;
import org.demandatlas.model.States;
import org.demandatlas.model.TacticDefinition;
import org.demandatlas.model.Taxonomy;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the data that is data: the tactic taxonomy, the state names and the statute URL templates, from resource
 * files beside this class.
 */
public final class ReferenceData {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private ReferenceData() {
    }

    private record TaxonomyFile(List<TacticDefinition> tactics, List<String> contextCategories) {
    }

    private record StatesFile(List<StateRef> states) {
    }

    public static Taxonomy loadTaxonomy() {
        TaxonomyFile file = read("taxonomy.json", TaxonomyFile.class);
        return new Taxonomy(file.tactics(), file.contextCategories());
    }

    public static States loadStates() {
        return new States(read("states.json", StatesFile.class).states());
    }

    /** The official URL templates and chapter tables of state statutes. */
    public static StatuteLinks loadStatuteLinks() {
        return read("statutes.json", StatuteLinks.class);
    }

    private static <T> T read(String resource, Class<T> type) {
        try (InputStream in = ReferenceData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return MAPPER.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + resource, e);
        }
    }
}
