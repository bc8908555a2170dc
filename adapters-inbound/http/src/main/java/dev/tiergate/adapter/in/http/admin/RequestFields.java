package dev.tiergate.adapter.in.http.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.tiergate.domain.shared.InvalidFieldException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;

/**
 * The fields of one JSON object of a request, read by name and type. Every refusal names the field by
 * its path ({@code entries[3].score}); {@link #finish} refuses any field nobody read, so a misspelt or
 * unknown field is an error, never silently ignored.
 */
final class RequestFields {

    private final JsonNode object;
    private final String path;
    private final Set<String> read = new HashSet<>();

    private RequestFields(JsonNode object, String path) {
        this.object = object;
        this.path = path;
    }

    static RequestFields of(JsonNode object, String path) {
        return new RequestFields(object, path);
    }

    static RequestFields empty() {
        return new RequestFields(JsonNodeFactory.instance.objectNode(), "");
    }

    String pathOf(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    boolean isEmpty() {
        return object.isEmpty();
    }

    /** The field's value as sent (JSON null included), empty when absent. */
    Optional<JsonNode> value(String name) {
        read.add(name);
        return Optional.ofNullable(object.get(name));
    }

    Optional<String> text(String name) {
        return value(name).map(node -> text(node, pathOf(name)));
    }

    String requiredText(String name) {
        return text(name).orElseThrow(() -> ApiProblem.badRequest(pathOf(name), "is required"));
    }

    /** A whole number of the int range; anything else (a fraction, a string, 10^20) names the field. */
    OptionalInt integer(String name) {
        return value(name).map(node -> {
            if (!node.isIntegralNumber() || !node.canConvertToInt()) {
                throw ApiProblem.badRequest(pathOf(name), "must be a whole number");
            }
            return OptionalInt.of(node.intValue());
        }).orElse(OptionalInt.empty());
    }

    /** An ISO-8601 instant such as {@code 2026-05-01T12:00:00Z}; JSON null is empty. */
    Optional<Optional<Instant>> nullableInstant(String name) {
        return value(name).map(node -> node.isNull() ? Optional.empty() : Optional.of(instant(node, pathOf(name))));
    }

    /** A nested object, read with the same rules under this field's path. */
    Optional<RequestFields> object(String name) {
        return value(name).map(node -> {
            if (!node.isObject()) {
                throw ApiProblem.badRequest(pathOf(name), "must be an object");
            }
            return new RequestFields(node, pathOf(name));
        });
    }

    /** An array whose elements each become a value; {@code element} gets each element and its path. */
    <T> Optional<List<T>> array(String name, int maxSize, ElementReader<T> element) {
        return value(name).map(node -> elements(node, pathOf(name), maxSize, element));
    }

    /** Reads every field of this object, in the order sent, with its name and path; each counts as read. */
    void entries(EntryReader entry) {
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            read.add(field.getKey());
            entry.read(field.getKey(), field.getValue(), pathOf(field.getKey()));
        }
    }

    /** Refuses a field that may not be sent here, naming where to set it instead. */
    void refuse(String name, String reason) {
        if (object.has(name)) {
            throw ApiProblem.badRequest(pathOf(name), reason);
        }
    }

    /** Refuses the first field that was never read. */
    void finish() {
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!read.contains(name)) {
                throw ApiProblem.badRequest(pathOf(name), "unknown field");
            }
        }
    }

    static <T> List<T> elements(JsonNode node, String path, int maxSize, ElementReader<T> element) {
        if (!node.isArray()) {
            throw ApiProblem.badRequest(path, "must be an array");
        }
        if (node.size() > maxSize) {
            throw ApiProblem.badRequest(path, "may hold at most " + maxSize + " elements");
        }
        List<T> values = new ArrayList<>(node.size());
        for (int index = 0; index < node.size(); index++) {
            values.add(element.read(node.get(index), path + "[" + index + "]"));
        }
        return values;
    }

    static String text(JsonNode node, String path) {
        if (!node.isTextual()) {
            throw ApiProblem.badRequest(path, "must be a string");
        }
        return node.textValue();
    }

    static Instant instant(JsonNode node, String path) {
        try {
            return Instant.parse(text(node, path));
        } catch (DateTimeParseException malformed) {
            throw ApiProblem.badRequest(path, "must be an ISO-8601 instant such as 2026-05-01T12:00:00Z");
        }
    }

    /** Builds a domain value from input; a value the domain refuses is refused under {@code path}. */
    static <T> T domain(String path, String input, Function<String, T> constructor) {
        try {
            return constructor.apply(input);
        } catch (InvalidFieldException invalid) {
            throw ApiProblem.badRequest(path, invalid.problem());
        }
    }

    /** Reads one JSON value found at {@code path}. */
    @FunctionalInterface
    interface ElementReader<T> {
        T read(JsonNode node, String path);
    }

    /** Reads one field of an object whose field names are data (a tier name, say). */
    @FunctionalInterface
    interface EntryReader {
        void read(String name, JsonNode node, String path);
    }
}
