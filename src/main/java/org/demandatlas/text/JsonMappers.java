package org.demandatlas.text;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.util.List;
import java.util.Map;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every Jackson mapper of the atlas, configured once (mappers are immutable and thread-safe, so they are shared):
 * <ul>
 *   <li>{@link #strict()}: data files we ship (taxonomy, settings): an unknown key is a mistake and fails;</li>
 *   <li>{@link #plain()}: JSON answers and trees (search API, {@code --json}, JSON-LD);</li>
 *   <li>{@link #sortedKeys()}: map keys in sorted order, so output never depends on hash order (search shards);</li>
 *   <li>{@link #contract()}: the data contract ({@code all.json}): keys in record order on writing; on reading,
 *       unknown, missing or null-for-number keys fail.</li>
 *   <li>{@link #archive()}: the same contract as older or newer builds wrote it (a release's frozen
 *       {@code all.json}, a published site's {@code releases.json}): unknown keys are ignored, a missing key is
 *       null, 0 or false, and a missing or null list is empty. A renamed optional key reads as missing.</li>
 * </ul>
 */
public final class JsonMappers {
    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static final JsonMapper PLAIN = JsonMapper.builder().build();
    private static final JsonMapper SORTED_KEYS = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();
    private static final JsonMapper CONTRACT = JsonMapper.builder()
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();
    private static final JsonMapper ARCHIVE = JsonMapper.builder()
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .withConfigOverride(List.class, o -> o.setNullHandling(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY)))
            .withConfigOverride(Map.class, o -> o.setNullHandling(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY)))
            .build();

    private JsonMappers() {
    }

    public static JsonMapper strict() {
        return STRICT;
    }

    public static JsonMapper plain() {
        return PLAIN;
    }

    public static JsonMapper sortedKeys() {
        return SORTED_KEYS;
    }

    public static JsonMapper contract() {
        return CONTRACT;
    }

    public static JsonMapper archive() {
        return ARCHIVE;
    }
}
