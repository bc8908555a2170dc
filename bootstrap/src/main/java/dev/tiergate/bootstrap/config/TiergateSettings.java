package dev.tiergate.bootstrap.config;

import dev.tiergate.domain.ratelimit.RateLimitPolicies;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Every setting Tiergate reads from its environment, validated once at start-up, before any
 * port opens. A missing or malformed required value fails with the variable's name only.
 */
public record TiergateSettings(
        TiergateEnvironment environment,
        String databaseUrl,
        String databaseUser,
        Optional<String> databasePassword,
        URI redisUrl,
        NatsSettings nats,
        Optional<URI> discordApiUrl,
        String discordApplicationId,
        String discordPublicKey,
        Optional<String> discordBotToken,
        int discordStandInPort,
        int httpPort,
        RateLimitPolicies rateLimits,
        boolean demo,
        boolean demoReseed,
        boolean backgroundJobs,
        ConsumerSettings consumers,
        ManagementSettings management,
        InteractionsEndpointSettings interactionsEndpoint,
        AdminApiSettings adminApi) {

    public static final URI DISCORD_API = URI.create("https://discord.com/api/v10");
    /** Where the local Discord stand-in listens unless DISCORD_STAND_IN_PORT says otherwise; the console looks there. */
    public static final int DEFAULT_STAND_IN_PORT = 8082;
    private static final Pattern SNOWFLAKE = Pattern.compile("[1-9][0-9]{16,19}");
    /** A development-only application identity for the local stand-in; production must set its own. */
    private static final String DEV_APPLICATION_ID = "100000000000000001";
    private static final String DEV_PUBLIC_KEY = "0".repeat(64);
    /** JetStream's default max-ack-pending (1000) also counts messages waiting for a retry: stay well below. */
    private static final int MAX_IN_FLIGHT = 500;
    private static final int MAX_SHUTDOWN_SECONDS = 300;

    @Override
    public String toString() {
        return "TiergateSettings[environment=" + environment + ", nats=" + nats + ", httpPort=" + httpPort
                + ", demo=" + demo + (demoReseed ? " (reseeded)" : "") + ", backgroundJobs=" + backgroundJobs
                + ", consumers=" + consumers
                + ", discordApi=" + discordApiUrl.map(URI::getHost).orElse("stand-in or discord.com")
                + ", management=" + management + "]";
    }

    /** Discord is stood in for locally when no bot token is configured and no API URL was given. */
    public boolean usesDiscordStandIn() {
        return discordBotToken.isEmpty() && discordApiUrl.isEmpty();
    }

    public static TiergateSettings fromEnvironment(Map<String, String> env) {
        Reader read = new Reader(env);
        TiergateEnvironment environment = read.environment();
        boolean production = environment == TiergateEnvironment.PRODUCTION;
        String databaseUrl = read.value("DATABASE_URL", production ? null : "jdbc:postgresql://127.0.0.1:5432/tiergate");
        if (!databaseUrl.startsWith("jdbc:postgresql://")) {
            throw new InvalidSettingException("DATABASE_URL", "must be a jdbc:postgresql:// URL");
        }
        if (production && !verifiesTheServer(databaseUrl)) {
            throw new InvalidSettingException("DATABASE_URL",
                    "must set sslmode=verify-full in production (TLS, certificate and host name verified)");
        }
        String databaseUser = read.value("DATABASE_USER", production ? null : "postgres");
        URI redis = read.uri("REDIS_URL", production ? null : "redis://127.0.0.1:6379", "redis", "rediss");
        if (production && !redis.getScheme().equalsIgnoreCase("rediss")) {
            throw new InvalidSettingException("REDIS_URL", "must be a rediss:// URL (TLS) in production");
        }
        NatsSettings nats = read.nats(production);
        Optional<URI> discordApi = read.optional("DISCORD_API_URL").map(v -> read.parseUri("DISCORD_API_URL", v, "http", "https"));
        String applicationId = read.value("DISCORD_APPLICATION_ID", production ? null : DEV_APPLICATION_ID);
        if (!SNOWFLAKE.matcher(applicationId).matches()) {
            throw new InvalidSettingException("DISCORD_APPLICATION_ID", "must be a Discord snowflake");
        }
        String publicKey = read.value("DISCORD_PUBLIC_KEY", production ? null : DEV_PUBLIC_KEY);
        if (!publicKey.matches("[0-9a-fA-F]{64}")) {
            throw new InvalidSettingException("DISCORD_PUBLIC_KEY", "must be 64 hex characters (an Ed25519 public key)");
        }
        Optional<String> botToken = read.optional("DISCORD_BOT_TOKEN");
        if (production && botToken.isEmpty()) {
            throw new InvalidSettingException("DISCORD_BOT_TOKEN", "is required in production");
        }
        int port = read.port("HTTP_PORT", 8080);
        ManagementSettings management = read.management(port);
        boolean demo = read.flag("TIERGATE_DEMO", false);
        if (production && demo) {
            throw new InvalidSettingException("TIERGATE_DEMO", "cannot be used in production");
        }
        boolean demoReseed = read.flag("TIERGATE_DEMO_RESEED", false);
        if (demoReseed && !demo) {
            throw new InvalidSettingException("TIERGATE_DEMO_RESEED", "needs TIERGATE_DEMO=true");
        }
        RateLimitPolicies rateLimits = read.optional(RateLimitOverrides.VARIABLE)
                .map(spec -> RateLimitOverrides.apply(RateLimitPolicies.DEFAULTS, spec))
                .orElse(RateLimitPolicies.DEFAULTS);
        return new TiergateSettings(environment, databaseUrl, databaseUser, read.optional("DATABASE_PASSWORD"), redis,
                nats, discordApi, applicationId, HexFormat.of().formatHex(HexFormat.of().parseHex(publicKey)), botToken,
                read.port("DISCORD_STAND_IN_PORT", DEFAULT_STAND_IN_PORT), port, rateLimits, demo, demoReseed,
                read.flag("TIERGATE_BACKGROUND_JOBS", true), read.consumers(), management,
                InteractionsEndpointSettings.fromEnvironment(env, production, publicKey),
                AdminApiSettings.fromEnvironment(env, production));
    }

    /** Whether every sslmode the JDBC URL sets (the driver takes the last) is verify-full, and it sets one. */
    private static boolean verifiesTheServer(String jdbcUrl) {
        int query = jdbcUrl.indexOf('?');
        List<String> modes = query < 0 ? List.of() : Arrays.stream(jdbcUrl.substring(query + 1).split("&"))
                .filter(parameter -> parameter.toLowerCase(Locale.ROOT).startsWith("sslmode="))
                .map(parameter -> parameter.substring("sslmode=".length()))
                .toList();
        return !modes.isEmpty() && modes.stream().allMatch("verify-full"::equals);
    }

    /** Reads variables; blank counts as unset. */
    private record Reader(Map<String, String> env) {

        Optional<String> optional(String name) {
            return Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
        }

        String value(String name, String fallback) {
            return optional(name).or(() -> Optional.ofNullable(fallback))
                    .orElseThrow(() -> new InvalidSettingException(name, "is required"));
        }

        TiergateEnvironment environment() {
            String value = value("TIERGATE_ENV", "development").toUpperCase(Locale.ROOT);
            try {
                return TiergateEnvironment.valueOf(value);
            } catch (IllegalArgumentException unknown) {
                throw new InvalidSettingException("TIERGATE_ENV", "must be development or production");
            }
        }

        URI uri(String name, String fallback, String... schemes) {
            return parseUri(name, value(name, fallback), schemes);
        }

        URI parseUri(String name, String value, String... schemes) {
            try {
                URI uri = new URI(value);
                if (uri.getScheme() == null || uri.getHost() == null
                        || !java.util.Arrays.asList(schemes).contains(uri.getScheme().toLowerCase(Locale.ROOT))) {
                    throw new InvalidSettingException(name, "must be a URL with scheme " + String.join(" or ", schemes));
                }
                return uri;
            } catch (URISyntaxException malformed) {
                throw new InvalidSettingException(name, "is not a valid URL");
            }
        }

        NatsSettings nats(boolean production) {
            URI url = production
                    ? uri("NATS_URL", null, "tls")
                    : uri("NATS_URL", "nats://127.0.0.1:4222", "nats", "tls");
            NatsSettings settings = new NatsSettings(url, optional("NATS_USER"), optional("NATS_PASSWORD"),
                    optional("NATS_TOKEN"), optional("NATS_CREDS_FILE"));
            boolean userAndPassword = settings.user().isPresent() && settings.password().isPresent();
            if (production && !userAndPassword && settings.token().isEmpty() && settings.credentialsFile().isEmpty()) {
                throw new InvalidSettingException("NATS_CREDS_FILE",
                        "(or NATS_TOKEN, or NATS_USER with NATS_PASSWORD) is required in production");
            }
            return settings;
        }

        int port(String name, int fallback) {
            return number(name, fallback, 0, 65_535);
        }

        /** Its own fixed port (the metrics route is bound to it), never the HTTP port. */
        ManagementSettings management(int httpPort) {
            int port = number("MANAGEMENT_PORT", ManagementSettings.DEFAULT_PORT, 1, 65_535);
            if (port == httpPort) {
                throw new InvalidSettingException("MANAGEMENT_PORT", "must differ from HTTP_PORT");
            }
            return new ManagementSettings(value("MANAGEMENT_HOST", ManagementSettings.DEFAULT_HOST), port,
                    optional("METRICS_TOKEN"));
        }

        ConsumerSettings consumers() {
            ConsumerSettings defaults = ConsumerSettings.DEFAULTS;
            return new ConsumerSettings(
                    number("TIERGATE_COMMANDS_IN_FLIGHT", defaults.commandsInFlight(), 1, MAX_IN_FLIGHT),
                    number("TIERGATE_EVENTS_IN_FLIGHT", defaults.eventsInFlight(), 1, MAX_IN_FLIGHT),
                    Duration.ofSeconds(number("TIERGATE_SHUTDOWN_SECONDS",
                            (int) defaults.shutdownDeadline().toSeconds(), 1, MAX_SHUTDOWN_SECONDS)));
        }

        int number(String name, int fallback, int min, int max) {
            String value = optional(name).orElse(Integer.toString(fallback));
            String range = "must be a whole number from " + min + " to " + max;
            try {
                int number = Integer.parseInt(value);
                if (number < min || number > max) {
                    throw new InvalidSettingException(name, range);
                }
                return number;
            } catch (NumberFormatException notANumber) {
                throw new InvalidSettingException(name, range);
            }
        }

        boolean flag(String name, boolean fallback) {
            String value = optional(name).orElse(Boolean.toString(fallback)).toLowerCase(Locale.ROOT);
            return switch (value) {
                case "true", "1", "yes" -> true;
                case "false", "0", "no" -> false;
                default -> throw new InvalidSettingException(name, "must be true or false");
            };
        }
    }
}
