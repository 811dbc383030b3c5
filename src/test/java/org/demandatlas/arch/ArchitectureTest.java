package org.demandatlas.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point one way: cli → build · serve · bench → ingest · parse · catalog · index · render · export ·
 * generate → text · routes → model. Stages never call each other; only the application layer (build, serve, bench)
 * composes them. The
 * shared layer ({@code text}: analysis, sentences, data files; {@code routes}: every path and anchor) may be used by
 * every stage and uses only the model.
 */
class ArchitectureTest {
    private static final String ROOT = "org.demandatlas";
    private static final List<String> STAGES = List.of("ingest", "parse", "catalog", "index", "render", "export",
            "generate");
    private static final List<String> SHARED = List.of("text", "routes");
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void layersPointOneWay() {
        layeredArchitecture().consideringOnlyDependenciesInAnyPackage(ROOT + "..").withOptionalLayers(true)
                .layer("cli").definedBy(ROOT + ".cli..")
                .layer("app").definedBy(ROOT + ".build..", ROOT + ".serve..", ROOT + ".bench..")
                .layer("stages").definedBy(STAGES.stream().map(s -> ROOT + "." + s + "..").toArray(String[]::new))
                .layer("shared").definedBy(SHARED.stream().map(s -> ROOT + "." + s + "..").toArray(String[]::new))
                .layer("model").definedBy(ROOT + ".model..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("app").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("stages").mayOnlyBeAccessedByLayers("cli", "app")
                .whereLayer("shared").mayOnlyBeAccessedByLayers("cli", "app", "stages")
                .whereLayer("model").mayOnlyBeAccessedByLayers("cli", "app", "stages", "shared")
                .check(CLASSES);
    }

    @Test
    void stagesDoNotDependOnEachOther() {
        for (String stage : STAGES) {
            String[] others = STAGES.stream().filter(s -> !s.equals(stage))
                    .map(s -> ROOT + "." + s + "..").toArray(String[]::new);
            noClasses().that().resideInAPackage(ROOT + "." + stage + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .allowEmptyShould(true)
                    .check(CLASSES);
        }
    }

    /** Lucene is the index's business (and the shared analysis'): everyone else goes through the search API. */
    @Test
    void onlyTheSearchPackageAndTheSharedAnalysisUseLucene() {
        noClasses().that().resideOutsideOfPackages(ROOT + ".index", ROOT + ".text")
                .should().dependOnClassesThat().resideInAPackage("org.apache.lucene..")
                .check(CLASSES);
    }

    @Test
    void serveDoesNotDependOnBuildNorBuildOnServe() {
        noClasses().that().resideInAPackage(ROOT + ".serve..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".build..").allowEmptyShould(true)
                .check(CLASSES);
        noClasses().that().resideInAPackage(ROOT + ".build..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".serve..").allowEmptyShould(true)
                .check(CLASSES);
    }
}
