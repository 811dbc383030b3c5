package org.demandatlas.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.demandatlas.fixtures.TestAtlas;
import org.demandatlas.index.AtlasIndex;
import org.demandatlas.index.AtlasIndexer;
import org.demandatlas.index.SearchQuery;
import org.demandatlas.index.SearchService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The OpenAPI description served at /api/openapi.json holds for the real answers of the API and for its code. */
class OpenApiTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    @TempDir
    static Path site;
    private static AtlasIndex index;
    private static SiteServer server;
    private static JsonNode openapi;

    @BeforeAll
    static void start() throws IOException {
        index = new AtlasIndexer().build(TestAtlas.seeds().atlas());
        server = SiteServer.builder(site).port(0)
                .route(SearchApiHandler.PATH, new SearchApiHandler(new SearchService(index))).start();
        RawHttp.Response served = RawHttp.send(server.port(), "GET", ApiRoutes.OPENAPI);
        assertEquals(200, served.status());
        assertEquals("application/json; charset=utf-8", served.header("Content-Type"));
        openapi = JSON.readTree(served.bytes());
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
        index.close();
    }

    /** The schema {@code #/components/schemas/NAME} of the served description, resolved inside it. */
    private static Schema schema(String name) {
        ObjectNode root = (ObjectNode) openapi.deepCopy();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$ref", "#/components/schemas/" + name);
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(root);
    }

    private static List<String> errors(Schema schema, RawHttp.Response response) {
        return schema.validate(JSON.readTree(response.bytes())).stream().map(Error::toString).toList();
    }

    @Test
    void isOpenApi31() {
        assertEquals("3.1.0", openapi.get("openapi").asString());
        assertTrue(openapi.get("paths").has(SearchApiHandler.PATH));
        assertTrue(openapi.get("paths").has(ApiRoutes.OPENAPI));
    }

    @Test
    void realAnswersMatchTheirSchemas() throws IOException {
        Schema results = schema("SearchResults");
        Schema error = schema("Error");
        List<String> problems = new ArrayList<>();
        for (String query : List.of("", "q=john+school", "q=reverse+stings&state=CT&type=city&size=2&page=2",
                "tactic=web-stings&evidence=corroborated", "q=zzzz", "q=waterbery&size=50")) {
            RawHttp.Response answer = RawHttp.send(server.port(), "GET", SearchApiHandler.PATH + "?" + query);
            assertEquals(200, answer.status(), query);
            errors(results, answer).forEach(e -> problems.add(query + ": " + e));
        }
        for (String query : List.of("page=0", "size=x", "foo=1", "q=a&q=b", "state=Connecticut")) {
            RawHttp.Response answer = RawHttp.send(server.port(), "GET", SearchApiHandler.PATH + "?" + query);
            assertEquals(400, answer.status(), query);
            errors(error, answer).forEach(e -> problems.add(query + ": " + e));
        }
        RawHttp.Response post = RawHttp.send(server.port(), "POST", SearchApiHandler.PATH, "Content-Length: 0");
        errors(error, post).forEach(e -> problems.add("POST: " + e));
        assertEquals(List.of(), problems);
    }

    @Test
    void documentsTheParametersAndBoundsTheCodeEnforces() {
        JsonNode parameters = openapi.get("paths").get(SearchApiHandler.PATH).get("get").get("parameters");
        List<String> names = new ArrayList<>();
        parameters.forEach(p -> names.add(p.get("name").asString()));
        assertEquals(SearchApiHandler.PARAMETERS, names);
        assertEquals(SearchQuery.MAX_TEXT, parameter(parameters, "q").get("maxLength").asInt());
        assertEquals(SearchQuery.MAX_PAGE, parameter(parameters, "page").get("maximum").asInt());
        assertEquals(SearchQuery.MAX_PAGE_SIZE, parameter(parameters, "size").get("maximum").asInt());
        assertEquals(SearchQuery.DEFAULT_PAGE_SIZE, parameter(parameters, "size").get("default").asInt());
    }

    @Test
    void anErrorNamesTheParameterAtFault() throws IOException {
        RawHttp.Response answer = RawHttp.send(server.port(), "GET", SearchApiHandler.PATH + "?q=x&size=51");
        assertEquals("{\"error\":\"page size must be between 1 and 50, was 51\",\"parameter\":\"size\"}",
                answer.body());
        assertEquals("{\"error\":\"unknown parameter 'order' (expected one of q, tactic, state, type, evidence, kind,"
                + " sort, explain, page, size)\",\"parameter\":\"order\"}",
                RawHttp.send(server.port(), "GET", SearchApiHandler.PATH + "?order=date").body());
        assertEquals("{\"error\":\"sort must be one of relevance, name, population, state, was 'date'\","
                + "\"parameter\":\"sort\"}",
                RawHttp.send(server.port(), "GET", SearchApiHandler.PATH + "?sort=date").body());
        assertEquals("{\"error\":\"state must be two-letter state codes such as CT, was 'CTX'\","
                + "\"parameter\":\"state\"}",
                RawHttp.send(server.port(), "GET", SearchApiHandler.PATH + "?state=ny,ctx").body());
        assertEquals("{\"error\":\"explain must be true or false, was 'yes'\",\"parameter\":\"explain\"}",
                RawHttp.send(server.port(), "GET", SearchApiHandler.PATH + "?explain=yes").body());
        assertEquals("*", answer.header("Access-Control-Allow-Origin"));
    }

    private static JsonNode parameter(JsonNode parameters, String name) {
        for (JsonNode parameter : parameters) {
            if (parameter.get("name").asString().equals(name)) {
                return parameter.get("schema");
            }
        }
        throw new AssertionError("no parameter " + name);
    }
}
