package dev.tiergate.adapter.in.nats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The routing fields of one {@code interaction.create} (wire contract): untrusted, possibly absent
 * or ill-typed. Every accessor answers "absent" for a value of the wrong type instead of failing,
 * so a half-enriched interaction is still answered.
 */
record RoutingFields(ObjectNode data) {

    /** Discord sends at most 25 select values; anything beyond is not Discord's. */
    static final int MAX_VALUES = 25;
    static final int MAX_VALUE_LENGTH = 100;

    Optional<String> text(String field) {
        return nonBlank(data.get(field));
    }

    /** A string option by name; a number, boolean or blank string counts as absent. */
    Optional<String> option(String name) {
        JsonNode options = data.get("options");
        return options != null && options.isObject() ? nonBlank(options.get(name)) : Optional.empty();
    }

    /** Whether the option was sent at all (even blank), to tell "not given" from "given empty". */
    boolean hasOption(String name) {
        JsonNode options = data.get("options");
        return options != null && options.isObject() && options.has(name) && !options.get(name).isNull();
    }

    /** The option being autocompleted, as typed so far (possibly empty). */
    Optional<String> focusedInput(String name) {
        JsonNode options = data.get("options");
        JsonNode value = options != null && options.isObject() ? options.get(name) : null;
        return value != null && value.isTextual() ? Optional.of(value.textValue()) : Optional.of("");
    }

    /** The values a select menu sent, or empty when they are missing, too many or too long. */
    Optional<List<String>> values() {
        JsonNode values = data.get("values");
        if (values == null || values.isNull()) {
            return Optional.of(List.of());
        }
        if (!values.isArray() || values.size() > MAX_VALUES) {
            return Optional.empty();
        }
        List<String> read = new ArrayList<>();
        for (JsonNode value : values) {
            if (!value.isTextual() || value.textValue().length() > MAX_VALUE_LENGTH) {
                return Optional.empty();
            }
            read.add(value.textValue());
        }
        return Optional.of(List.copyOf(read));
    }

    private static Optional<String> nonBlank(JsonNode value) {
        return value != null && value.isTextual() && !value.textValue().isBlank()
                ? Optional.of(value.textValue())
                : Optional.empty();
    }
}
