package dev.tiergate.bootstrap.apikeys;

import dev.tiergate.application.port.in.apikey.CreateApiKeyCommand;
import dev.tiergate.application.port.in.apikey.RevokeApiKeyCommand;
import dev.tiergate.bootstrap.config.InvalidSettingException;
import dev.tiergate.domain.apikey.ApiKeyId;
import dev.tiergate.domain.apikey.ApiScope;
import dev.tiergate.domain.shared.InvalidFieldException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** What the arguments after {@code api-keys} ask for: create a key, list the keys, or revoke one. */
sealed interface ApiKeysRequest {

    /** {@code create --name <name> --scope read|write|admin [--expires-in-days N]}. */
    record Create(CreateApiKeyCommand command) implements ApiKeysRequest {
    }

    /** {@code list}. */
    record ListKeys() implements ApiKeysRequest {
    }

    /** {@code revoke <id>}. */
    record Revoke(RevokeApiKeyCommand command) implements ApiKeysRequest {
    }

    /** Reads the arguments; throws {@link InvalidSettingException} naming the one that is wrong. */
    static ApiKeysRequest parse(List<String> args) {
        if (args.isEmpty()) {
            throw new InvalidSettingException("arguments", "must start with create, list or revoke");
        }
        List<String> rest = args.subList(1, args.size());
        return switch (args.getFirst()) {
            case "create" -> create(options(rest));
            case "list" -> {
                if (!rest.isEmpty()) {
                    throw new InvalidSettingException("list", "takes no arguments");
                }
                yield new ListKeys();
            }
            case "revoke" -> {
                if (rest.size() != 1 || !ApiKeyId.isValid(rest.getFirst())) {
                    throw new InvalidSettingException("revoke", "takes exactly one API key id (8 letters or digits)");
                }
                yield new Revoke(new RevokeApiKeyCommand(new ApiKeyId(rest.getFirst())));
            }
            default -> throw new InvalidSettingException("arguments", "must start with create, list or revoke");
        };
    }

    private static Create create(Map<String, String> options) {
        String name = Optional.ofNullable(options.get("--name"))
                .orElseThrow(() -> new InvalidSettingException("--name", "is required"));
        String scope = Optional.ofNullable(options.get("--scope"))
                .orElseThrow(() -> new InvalidSettingException("--scope", "is required: read, write or admin"));
        try {
            return new Create(new CreateApiKeyCommand(name, ApiScope.fromLabel(scope), days(options.get("--expires-in-days"))));
        } catch (InvalidFieldException invalid) {
            throw new InvalidSettingException("--" + invalid.field().replace('_', '-'), invalid.problem());
        }
    }

    private static OptionalInt days(String value) {
        if (value == null) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(value));
        } catch (NumberFormatException notANumber) {
            throw new InvalidFieldException("expires_in_days",
                    "must be a whole number from 1 to " + CreateApiKeyCommand.MAX_DAYS);
        }
    }

    private static Map<String, String> options(List<String> options) {
        Set<String> known = Set.of("--name", "--scope", "--expires-in-days");
        if (options.size() % 2 != 0) {
            throw new InvalidSettingException("create", "options are --name, --scope and --expires-in-days, each with a value");
        }
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < options.size(); i += 2) {
            String name = options.get(i);
            if (!known.contains(name)) {
                throw new InvalidSettingException(name, "is not an option of create (--name, --scope, --expires-in-days)");
            }
            if (values.put(name, options.get(i + 1)) != null) {
                throw new InvalidSettingException(name, "is given twice");
            }
        }
        return values;
    }
}
