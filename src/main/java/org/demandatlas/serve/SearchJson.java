package org.demandatlas.serve;

import java.io.ByteArrayOutputStream;
import java.util.Map;
import org.demandatlas.index.HitPassage;
import org.demandatlas.index.SearchHit;
import org.demandatlas.index.SearchResults;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * {@link SearchResults} as the API's JSON, written with a streaming generator (no tree, no reflection): {@code
 * {"query", "total", "page", "pageSize", "hits": [{id, name, url, kind, kindLabel, group, curated, score, snippet,
 * reasons, passages: [{kind, anchor, url, html}], explanation (with explain=true)}], "facets": {dim:
 * {value: count}}, "groups": [{id, label, count}]}}, the fields in this order.
 */
final class SearchJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private SearchJson() {
    }

    static byte[] write(SearchResults results) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
        try (JsonGenerator json = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
            json.writeStartObject();
            json.writeStringProperty("query", results.query());
            json.writeNumberProperty("total", results.total());
            json.writeNumberProperty("page", results.page());
            json.writeNumberProperty("pageSize", results.pageSize());
            json.writeName("hits");
            json.writeStartArray();
            for (SearchHit hit : results.hits()) {
                hit(json, hit);
            }
            json.writeEndArray();
            json.writeName("facets");
            facets(json, results.facets());
            json.writeName("groups");
            json.writeStartArray();
            for (SearchResults.Group group : results.groups()) {
                json.writeStartObject();
                json.writeStringProperty("id", group.id());
                json.writeStringProperty("label", group.label());
                json.writeNumberProperty("count", group.count());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        return out.toByteArray();
    }

    private static void hit(JsonGenerator json, SearchHit hit) {
        json.writeStartObject();
        json.writeStringProperty("id", hit.id());
        json.writeStringProperty("name", hit.name());
        json.writeStringProperty("url", hit.url());
        json.writeStringProperty("kind", hit.kind());
        json.writeStringProperty("kindLabel", hit.kindLabel());
        json.writeStringProperty("group", hit.group());
        json.writeBooleanProperty("curated", hit.curated());
        json.writeNumberProperty("score", hit.score());
        json.writeStringProperty("snippet", hit.snippet());
        json.writeName("reasons");
        json.writeStartArray();
        hit.reasons().forEach(json::writeString);
        json.writeEndArray();
        json.writeName("passages");
        json.writeStartArray();
        for (HitPassage passage : hit.passages()) {
            json.writeStartObject();
            json.writeStringProperty("kind", passage.kind());
            json.writeStringProperty("anchor", passage.anchor());
            json.writeStringProperty("url", passage.url());
            json.writeStringProperty("html", passage.html());
            json.writeEndObject();
        }
        json.writeEndArray();
        if (!hit.explanation().isEmpty()) {
            json.writeStringProperty("explanation", hit.explanation());
        }
        json.writeEndObject();
    }

    private static void facets(JsonGenerator json, Map<String, Map<String, Integer>> facets) {
        json.writeStartObject();
        for (Map.Entry<String, Map<String, Integer>> dim : facets.entrySet()) {
            json.writeName(dim.getKey());
            json.writeStartObject();
            for (Map.Entry<String, Integer> value : dim.getValue().entrySet()) {
                json.writeNumberProperty(value.getKey(), value.getValue());
            }
            json.writeEndObject();
        }
        json.writeEndObject();
    }
}
