package org.demandatlas.catalog;

import java.util.List;
import org.demandatlas.model.StateRef;
import org.demandatlas.model.States;
import org.demandatlas.model.TacticDefinition;
import org.demandatlas.model.Taxonomy;
import org.demandatlas.text.DataFiles;

/**
 * Loads the data that is data: the tactic taxonomy, the state names and the statute URL templates, from resource
 * files beside this class.
 */
public final class ReferenceData {
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
        return DataFiles.readJson(ReferenceData.class, resource, type);
    }
}
