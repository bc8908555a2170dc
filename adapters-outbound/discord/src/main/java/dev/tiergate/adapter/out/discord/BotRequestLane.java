package dev.tiergate.adapter.out.discord;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way bot-token calls reach Discord (role changes, command registration, DMs): a
 * {@link RequestLane} shaped by the global limit ({@link BotLaneSettings#requestsPerSecond()}) and the
 * learned route buckets; interaction callbacks do not pass here, Discord exempts them from the global
 * limit. A 429 is waited out and the call repeated while the wait fits {@link BotLaneSettings#maxWait()};
 * a 5xx or a missing answer is not retried here (the caller's outcome says it may be). Once the invalid
 * requests of the last ten minutes, both lanes' together, reach {@link BotLaneSettings#invalidRequestPause()}
 * bot calls pause; the first 401 stops every bot call until restart, with one error logged. The token
 * is sent only in the {@code Authorization} header; log lines never name it.
 */
public final class BotRequestLane implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BotRequestLane.class);
    private static final int UNAUTHORIZED = 401;

    private final DiscordApiSettings api;
    private final DiscordBotCredentials credentials;
    private final BotLaneSettings settings;
    private final DiscordClientTelemetry telemetry;
    private final DiscordTransport transport;
    private final DiscordRateLimiter limiter;
    private final RequestLane lane;
    private final AtomicBoolean paused = new AtomicBoolean();

    /** A lane with figures of its own, for a process that makes no other call to Discord. */
    public BotRequestLane(DiscordApiSettings api, DiscordBotCredentials credentials, BotLaneSettings settings) {
        this(api, credentials, settings, new DiscordClientTelemetry());
    }

    /** A lane reporting to {@code telemetry}, the one the process's interaction lane reports to as well. */
    public BotRequestLane(DiscordApiSettings api, DiscordBotCredentials credentials, BotLaneSettings settings,
            DiscordClientTelemetry telemetry) {
        this.api = api;
        this.credentials = credentials;
        this.settings = settings;
        this.telemetry = telemetry;
        LongSupplier ticker = System::nanoTime;
        this.transport = new DiscordTransport(api, "bot");
        this.limiter = new DiscordRateLimiter(settings.requestsPerSecond(), ticker);
        // Every attempt gets the full request timeout: only the waits for rate limits are bounded by maxWait.
        this.lane = new RequestLane(DiscordClientTelemetry.Lane.BOT, transport, limiter, telemetry,
                new RequestLane.Policy(Integer.MAX_VALUE, List.of(), api.requestTimeout()), ticker);
        telemetry.pauseBotCallsAt(settings.invalidRequestPause());
    }

    /** Closes the HTTP client, dropping calls under way. */
    @Override
    public void close() {
        transport.close();
    }

    String applicationId() {
        return credentials.applicationId();
    }

    /**
     * Calls {@code route} at {@code path} (below the API base, ids already encoded) with the bot's
     * authorisation, {@code body} as JSON (none when null) and {@code headers}; {@code major} is the
     * route's major parameter (the guild, the channel, or empty) that scopes its rate-limit bucket.
     */
    LaneReply send(DiscordRoute route, String major, String path, Object body, Map<String, String> headers) {
        int invalid = telemetry.invalidRequests();
        if (invalid >= settings.invalidRequestPause()) {
            if (paused.compareAndSet(false, true)) {
                LOG.error("Bot calls to Discord are paused: {} invalid requests in the last 10 minutes (pause at {},"
                        + " Discord bans the IP at 10,000)", invalid, settings.invalidRequestPause());
            }
            return new LaneReply.Unavailable("bot calls paused after " + invalid + " invalid requests in 10 minutes");
        }
        paused.set(false);
        Map<String, String> authorised = new HashMap<>(headers);
        authorised.put("Authorization", credentials.authorization());
        LaneReply reply = lane.send(route, major, URI.create(api.baseUrl() + path), authorised, body,
                settings.maxWait().plus(api.requestTimeout()));
        if (reply instanceof LaneReply.Answered answered && answered.status() == UNAUTHORIZED && limiter.halt()) {
            telemetry.haltBotCalls();
            LOG.error("Discord refused the bot token (HTTP 401) on {}: every bot call to Discord stops until"
                    + " Tiergate restarts with a valid DISCORD_BOT_TOKEN", route);
        }
        return reply;
    }
}
