package org.demandatlas.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.demandatlas.catalog.AtlasPipeline;
import org.demandatlas.catalog.ReferenceData;
import org.demandatlas.fixtures.ProjectFiles;
import org.demandatlas.fixtures.TestAtlas;
import org.demandatlas.ingest.TextIngester;
import org.demandatlas.model.LineRole;
import org.demandatlas.model.ParsedDocument;
import org.demandatlas.model.SourceText;
import org.demandatlas.parse.DocumentParser;

/** Input files read by the real ingest and parse stages, with their texts and line roles kept for the audits. */
record AuditedInput(Map<String, SourceText> texts, List<ParsedDocument> parsed, AtlasPipeline.Result result) {
    private static AuditedInput seeds;

    static synchronized AuditedInput seeds() {
        if (seeds == null) {
            Map<String, byte[]> files = new LinkedHashMap<>();
            try {
                for (Path file : ProjectFiles.seedFiles()) {
                    files.put("seeds/" + file.getFileName(), java.nio.file.Files.readAllBytes(file));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            seeds = of(files);
        }
        return seeds;
    }

    /** Made-up files, name → text. */
    static AuditedInput ofTexts(Map<String, String> files) {
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        files.forEach((name, text) -> bytes.put(name, text.getBytes(StandardCharsets.UTF_8)));
        return of(bytes);
    }

    private static AuditedInput of(Map<String, byte[]> files) {
        DocumentParser parser = new DocumentParser(ReferenceData.loadTaxonomy(), ReferenceData.loadStates());
        TextIngester ingester = new TextIngester();
        Map<String, SourceText> texts = new LinkedHashMap<>();
        List<ParsedDocument> parsed = new ArrayList<>();
        files.forEach((name, bytes) -> {
            SourceText text = ingester.read(name, bytes);
            texts.put(name, text);
            parsed.add(parser.parse(text));
        });
        return new AuditedInput(texts, parsed, TestAtlas.of(parsed));
    }

    Map<String, List<LineRole>> roles() {
        Map<String, List<LineRole>> roles = new LinkedHashMap<>();
        parsed.forEach(p -> roles.put(p.file(), p.lineRoles()));
        return roles;
    }

    List<Fact> audit() {
        return FactLedger.audit(result.atlas(), new SourceLines(texts), roles());
    }
}
