package org.demandatlas.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.demandatlas.export.Contract.AtlasJson;
import org.demandatlas.model.Atlas;
import org.demandatlas.model.Jurisdiction;
import org.demandatlas.model.TacticEvidence;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * {@code data/all.json}: the whole atlas as the data contract (schema: {@code all.schema.json} beside this class),
 * written and read back. Reading is what {@code serve} and the search stage use to load a built site.
 */
public final class AtlasJsonFile {
    private AtlasJsonFile() {
    }

    public static byte[] toBytes(Atlas atlas) {
        return JsonFormat.toBytes(ContractWriter.atlas(atlas));
    }

    /**
     * Writes {@code all.json} straight to the file, one contract record at a time (the keys in {@code AtlasJson}'s
     * order), so memory does not grow with the atlas: the same bytes as {@link #toBytes(Atlas)}.
     */
    public static void write(Atlas atlas, Path allJson) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(allJson), 1 << 16);
             JsonGenerator json = JsonFormat.generator(out)) {
            json.writeStartObject();
            array(json, "jurisdictions", atlas.jurisdictions(),
                    j -> ContractWriter.jurisdiction(j, atlas.evidenceOf(j.id())));
            array(json, "documents", atlas.documents(), ContractWriter::document);
            array(json, "tactics", atlas.tactics(), ContractWriter::tactic);
            array(json, "partners", atlas.partners(), ContractWriter::partner);
            array(json, "states", atlas.states(), ContractWriter::state);
            json.writeName("dataDate");
            json.writePOJO(atlas.dataDate());
            array(json, "timeline", atlas.timeline(), ContractWriter::event);
            array(json, "statutes", atlas.statutes(), ContractWriter::statute);
            json.writeEndObject();
            json.writeRaw('\n');
        } catch (JacksonException e) {
            throw new IOException("cannot write " + allJson + ": " + firstLine(e), e);
        }
    }

    private static <T> void array(JsonGenerator json, String name, List<T> values, Function<T, Object> record) {
        json.writeName(name);
        json.writeStartArray();
        values.forEach(value -> json.writePOJO(record.apply(value)));
        json.writeEndArray();
    }

    /** One jurisdiction's record with its evidence, exactly as it appears in {@code all.json}. */
    public static byte[] toBytes(Jurisdiction jurisdiction, List<TacticEvidence> evidence) {
        return JsonFormat.toBytes(ContractWriter.jurisdiction(jurisdiction, evidence));
    }

    public static Atlas read(Path allJson) throws IOException {
        try (InputStream in = Files.newInputStream(allJson)) {
            return read(in, allJson.toString());
        }
    }

    /** @throws IOException when the stream fails or does not hold a valid contract; the message names the source */
    public static Atlas read(InputStream in, String source) throws IOException {
        try {
            return ContractReader.atlas(JsonFormat.MAPPER.readValue(in, AtlasJson.class));
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            throw new IOException(source + " is not a valid Demand Atlas data file: " + firstLine(e), e);
        }
    }

    /**
     * A release's frozen {@code all.json}, which an older or newer build may have written in another shape of the
     * contract: unknown keys are ignored and missing ones read as null, 0, false or empty ({@code JsonMappers.archive}).
     *
     * @throws IOException when the stream fails, is not JSON or lacks what no shape leaves out (ids, names, states)
     */
    public static Atlas readArchived(InputStream in, String source) throws IOException {
        try {
            return ContractReader.atlas(JsonFormat.ARCHIVE.readValue(in, AtlasJson.class));
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            throw new IOException(source + " is not a valid Demand Atlas data file: " + firstLine(e), e);
        }
    }

    /**
     * The top-level {@code dataDate} of an {@code all.json}, read as a stream (the rest is skipped, not built):
     * empty when the file has none or is null there.
     *
     * @throws IOException when the file cannot be read or is not JSON
     */
    public static Optional<String> findDataDate(Path allJson) throws IOException {
        try (JsonParser parser = JsonFormat.MAPPER.createParser(allJson.toFile())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException(allJson + " is not a valid Demand Atlas data file: not a JSON object");
            }
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("dataDate")) {
                    return value == JsonToken.VALUE_STRING ? Optional.of(parser.getString()) : Optional.empty();
                }
                parser.skipChildren();
            }
            return Optional.empty();
        } catch (JacksonException e) {
            throw new IOException(allJson + " is not a valid Demand Atlas data file: " + firstLine(e), e);
        }
    }

    private static String firstLine(Exception e) {
        String message = String.valueOf(e.getMessage());
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
