package org.b2b.customers.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.DisallowUnknownKeywordFactory;
import com.networknt.schema.keyword.NonValidationKeyword;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks replies of the API against its OpenAPI document, as a client generated from the document would read them:
 * each reply must belong to a documented operation (method and path template) and one of its documented statuses,
 * come with the documented media type and required headers, and its JSON body must validate against the
 * response's schema, formats ({@code uuid}, {@code date-time}) included. The document is OpenAPI 3.1, whose schemas
 * are JSON Schema 2020-12, so a kept JSON Schema validator applies them exactly; the document itself refuses
 * unknown fields in answers ({@code additionalProperties: false}).
 */
public final class OpenApiConformance {

    /** Where the server's own document lies on the classpath, the bytes {@code GET /api/v1/openapi.json} serves. */
    public static final String RESOURCE = "/org/b2b/customers/web/api/openapi.json";
    private static final String API = "/api/v1/";
    /** The document's own address for the validator; it is never fetched, only resolved against. */
    private static final String IRI = "https://api.customers.b2b.example/openapi.json";
    /**
     * OpenAPI 3.1's dialect of JSON Schema, reading the document's own top-level fields as no part of a schema and
     * refusing any other keyword it does not know, so that a misspelt keyword in a schema cannot silently check
     * nothing.
     */
    private static final Dialect DIALECT = Dialect.builder(Dialects.getOpenApi31())
            .keywords(List.of("openapi", "info", "jsonSchemaDialect", "servers", "security", "tags", "paths",
                    "webhooks", "components", "externalDocs").stream().map(NonValidationKeyword::new).toList())
            .unknownKeywordFactory(DisallowUnknownKeywordFactory.getInstance())
            .build();

    private final JsonNode document;
    private final SchemaRegistry schemas;
    private final Map<String, Schema> schemaByPointer = new ConcurrentHashMap<>();

    private OpenApiConformance(JsonNode document) {
        this.document = document;
        String text;
        try {
            text = ApiClient.JSON.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        this.schemas = SchemaRegistry.withDialect(DIALECT, builder -> builder.schemas(Map.of(IRI, text)));
    }

    /** Conformance to the document the server serves. */
    public static OpenApiConformance ofServedDocument() {
        try (InputStream in = OpenApiConformance.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return of(ApiClient.JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Conformance to this document, such as one changed by a test to show what the check catches. */
    public static OpenApiConformance of(JsonNode document) {
        return new OpenApiConformance(document);
    }

    /** Whether the check applies: only the JSON API is described, not the health probes or the HTML pages. */
    private static boolean isApi(Exchange exchange) {
        return exchange.path().startsWith(API);
    }

    /** The documented operation a request is for, as {@code METHOD /path/{template}}, if there is one. */
    public Optional<String> operationOf(String method, String path) {
        String[] segments = path.split("/", -1);
        String best = null;
        int bestLiterals = -1;
        for (Iterator<Map.Entry<String, JsonNode>> it = document.get("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (!entry.getValue().has(method.toLowerCase(Locale.ROOT))) {
                continue;
            }
            int literals = literalsMatched(entry.getKey().split("/", -1), segments);
            if (literals > bestLiterals) {
                best = entry.getKey();
                bestLiterals = literals;
            }
        }
        return Optional.ofNullable(best).map(template -> method.toUpperCase(Locale.ROOT) + " " + template);
    }

    /** How many literal segments of the template the path matches, or -1 when it does not match at all. */
    private static int literalsMatched(String[] template, String[] path) {
        if (template.length != path.length) {
            return -1;
        }
        int literals = 0;
        for (int i = 0; i < template.length; i++) {
            boolean parameter = template[i].startsWith("{") && template[i].endsWith("}");
            if (parameter ? path[i].isEmpty() : !template[i].equals(path[i])) {
                return -1;
            }
            literals += parameter ? 0 : 1;
        }
        return literals;
    }

    /** What is wrong with one reply by the document; empty when it conforms. */
    public List<String> violationsOf(Exchange exchange) {
        Optional<String> operation = operationOf(exchange.method(), exchange.path());
        if (operation.isEmpty()) {
            return List.of(exchange + ": no operation of the document is " + exchange.method() + " " + exchange.path());
        }
        String label = operation.get() + " " + exchange.reply().status() + " (" + exchange.method() + " "
                + exchange.path() + ")";
        String template = operation.get().substring(operation.get().indexOf(' ') + 1);
        String pointer = "/paths/" + escape(template) + "/" + exchange.method().toLowerCase(Locale.ROOT) + "/responses";
        JsonNode responses = document.at(pointer);
        String status = String.valueOf(exchange.reply().status());
        String key = responses.has(status) ? status : responses.has("default") ? "default" : null;
        if (key == null) {
            return List.of(label + ": the document names no such status for this operation; it names "
                    + fieldNames(responses) + ". Body: " + abbreviated(exchange.reply().body()));
        }
        pointer += "/" + key;
        JsonNode response = document.at(pointer);
        if (response.has("$ref")) {
            pointer = response.get("$ref").asText().substring(1);
            response = document.at(pointer);
        }
        List<String> violations = new ArrayList<>();
        response.path("headers").fields().forEachRemaining(header -> {
            if (header.getValue().path("required").asBoolean() && exchange.reply().header(header.getKey()) == null) {
                violations.add(label + ": the " + header.getKey() + " header is missing");
            }
        });
        violations.addAll(bodyViolations(label, pointer, response, exchange.reply()));
        return violations;
    }

    private List<String> bodyViolations(String label, String pointer, JsonNode response, Reply reply) {
        if (!response.has("content")) {
            return reply.body().isEmpty() ? List.of()
                    : List.of(label + ": the document describes no body, yet one came: " + abbreviated(reply.body()));
        }
        String contentType = reply.header("Content-Type");
        String mediaType = contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (!response.get("content").has(mediaType)) {
            return List.of(label + ": Content-Type " + contentType + " is none of " + fieldNames(response.get("content")));
        }
        Schema schema = schemaAt(pointer + "/content/" + escape(mediaType) + "/schema");
        List<Error> errors;
        try {
            errors = schema.validate(reply.body(), InputFormat.JSON,
                    context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)));
        } catch (RuntimeException e) {
            return List.of(label + ": the body is not JSON: " + abbreviated(reply.body()));
        }
        return errors.stream().map(error -> label + ": " + where(error) + " " + error.getMessage() + " in "
                + abbreviated(reply.body())).toList();
    }

    /** The JSON pointer of the value in the body that is wrong. */
    private static String where(Error error) {
        String pointer = error.getInstanceLocation().toString();
        return pointer.isEmpty() ? "the body:" : pointer + ":";
    }

    private Schema schemaAt(String pointer) {
        return schemaByPointer.computeIfAbsent(pointer, p -> {
            Schema schema = schemas.getSchema(SchemaLocation.of(IRI + "#" + p));
            schema.initializeValidators();
            return schema;
        });
    }

    /**
     * Checks every exchange with the API, and fails with all violations at once, each naming the route, the status
     * and what does not validate. Answers how many conforming replies each operation had.
     */
    public Map<String, Integer> assertConform(Collection<Exchange> exchanges) {
        List<String> violations = new ArrayList<>();
        Map<String, Integer> checked = new TreeMap<>();
        for (Exchange exchange : exchanges) {
            if (!isApi(exchange)) {
                continue;
            }
            List<String> wrong = violationsOf(exchange);
            violations.addAll(wrong);
            if (wrong.isEmpty()) {
                checked.merge(operationOf(exchange.method(), exchange.path()).orElseThrow(), 1, Integer::sum);
            }
        }
        assertThat(violations).as("replies that the OpenAPI document (%s) does not describe", RESOURCE).isEmpty();
        return checked;
    }

    /**
     * As {@link #assertConform(Collection)}, and fails unless each of these operations had a conforming reply: a
     * check that found nothing to check proves nothing.
     */
    public void assertConform(Collection<Exchange> exchanges, Collection<String> exercised) {
        Map<String, Integer> checked = assertConform(exchanges);
        assertThat(checked).as("conforming replies by operation").containsKeys(exercised.toArray(String[]::new));
    }

    private static String escape(String pointerSegment) {
        return pointerSegment.replace("~", "~0").replace("/", "~1");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String abbreviated(String body) {
        return body.length() > 500 ? body.substring(0, 500) + "…" : body;
    }
}
