package org.demandatlas.export;

import java.util.List;

/**
 * The JSON data contract, one record per object shape; Jackson writes each record's components in declaration
 * order, which is the contract's key order. {@code all.schema.json} beside this class describes the same shapes.
 */
final class Contract {
    private Contract() {
    }

    record AtlasJson(List<JurisdictionJson> jurisdictions, List<DocumentJson> documents, List<TacticJson> tactics,
                     List<PartnerJson> partners, List<StateJson> states, String dataDate,
                     List<TimelineEventJson> timeline, List<StatuteJson> statutes) {
    }

    record StatuteJson(String state, String section, String subsection, String rangeEnd, String asWritten,
                       String url, String document) {
    }

    record TimelineEventJson(String date, String precision, String end, String endPrecision, String qualifier,
                             String sentence, List<String> tactics,
                             String jurisdiction, String file, int line) {
    }

    record JurisdictionJson(String id, String name, StateRefJson state, String type, Long population, String url,
                            boolean curated, List<TacticUseJson> tactics, List<PartnerRefJson> partners,
                            List<SourceJson> sources, List<BlockJson> narrative, List<String> documents,
                            List<EvidenceJson> evidence) {
    }

    record EvidenceJson(String tactic, String level, boolean listed, boolean described, boolean cited,
                        int citationCount, List<SentenceJson> sentences) {
    }

    record SentenceJson(String text, int line) {
    }

    record StateRefJson(String code, String name) {
    }

    record TacticUseJson(String id, String name, String asWritten, boolean known) {
    }

    record PartnerRefJson(String id, String name) {
    }

    record SourceJson(String category, List<String> tactics, List<CitationJson> citations) {
    }

    record CitationJson(String title, String publisher, String date) {
    }

    record BlockJson(String kind, String text) {
    }

    record DocumentJson(String id, String kind, boolean curated, String classification, String file, String sha256,
                        String title, String jurisdiction, String date, String url, List<BlockJson> body) {
    }

    record TacticJson(String id, String name, String definition, List<String> synonyms, List<String> jurisdictions) {
    }

    record PartnerJson(String id, String name, String url, List<String> jurisdictions) {
    }

    record StateJson(String code, String name, String url, List<String> jurisdictions, List<String> documents) {
    }

    record ProblemJson(String file, int line, int column, String severity, String message) {
    }

    record ParsedDocumentJson(String file, DocumentJson document, JurisdictionJson jurisdiction,
                              List<ProblemJson> problems) {
    }
}
