package dev.tiergate.adapter.out.discord;

import static dev.tiergate.adapter.out.discord.InteractionCallbackTypes.APPLICATION_COMMAND_AUTOCOMPLETE_RESULT;
import static dev.tiergate.adapter.out.discord.InteractionCallbackTypes.CHANNEL_MESSAGE_WITH_SOURCE;
import static dev.tiergate.adapter.out.discord.InteractionCallbackTypes.DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE;
import static dev.tiergate.adapter.out.discord.InteractionCallbackTypes.DEFERRED_UPDATE_MESSAGE;
import static dev.tiergate.adapter.out.discord.InteractionCallbackTypes.EPHEMERAL_FLAG;
import static dev.tiergate.adapter.out.discord.InteractionCallbackTypes.UPDATE_MESSAGE;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A loopback HTTP server that answers like Discord's interaction endpoints under {@code /api/v10}
 * (callbacks of every type, edits of the original message), its bulk overwrite of slash commands and
 * its single-role add and remove, and DMs (opening a DM channel, posting in it): it stands in for Discord when no bot token is configured, logging
 * every reply readably with its buttons and menus (prefix {@code discord-stand-in}, tokens never
 * printed), and is the fake Discord of the tests, recording each request and each member's roles.
 *
 * <p>Like Discord, a second callback for the same interaction token is refused with code 40060, an
 * autocomplete result with more than 25 choices with code 50035, and a command overwrite or role
 * change without {@code Authorization: Bot …} with HTTP 401. Requests with a bot token are rate
 * limited as Discord does ({@link StandInRateLimits}: 50 per second overall, buckets of 10 per
 * second per route and guild, {@code X-RateLimit-*} headers on every answer); interaction callbacks
 * and edits are exempt from the 50 per second but have buckets of their own, per interaction. A user
 * whose DMs a test closed ({@link #closeDirectMessages}) is refused with code 50007 as Discord does.
 * Tests can stage or script other answers per route. It keeps the latest {@value #RETAINED} requests
 * and acknowledgements.
 *
 * <p>Beyond Discord's API, {@code GET /stand-in/interactions/{token}} answers what the service posted for
 * one interaction (its callbacks and edits, oldest first, as {@code {"answers":[{"kind":"callback",
 * "type":4,"data":{…}},{"kind":"edit","data":{…}}]}}), so the console can show the reply to the interaction
 * it sent; only who holds the token can ask, and the server listens on loopback only.
 */
public final class LocalDiscordStandIn implements AutoCloseable {

    /** One request as received: method, raw (still percent-encoded) path with the token in it, and body. */
    public record RecordedRequest(String method, String path, String body) {
    }

    /**
     * One request made with a bot token: method, raw path, the raw (percent-encoded) {@code
     * X-Audit-Log-Reason} header or null, when it arrived, and the status it was answered with.
     */
    public record BotRequest(String method, String path, String auditLogReason, Instant receivedAt, int status) {
    }

    /** One DM posted with a bot token: to whom, in which DM channel, and the message body as JSON. */
    public record DirectMessage(UserId recipient, String channelId, String body) {
    }

    /** An answer a test scripts for some route: status, JSON body (may be empty) and response headers. */
    public record ScriptedAnswer(int status, String body, Map<String, String> headers) {

        public ScriptedAnswer {
            headers = Map.copyOf(headers);
        }

        /** Discord's error object {@code {"message": …, "code": …}} with {@code status}. */
        public static ScriptedAnswer error(int status, int code, String message) {
            return new ScriptedAnswer(status, new ObjectMapper().createObjectNode().put("message", message)
                    .put("code", code).toString(), Map.of());
        }

        /**
         * Discord's 429: {@code retry_after} in the body (fractional seconds), {@code Retry-After} and
         * {@code X-RateLimit-Scope} ({@code user}, {@code global} or {@code shared}); outside the global
         * scope also the route's bucket, spent until {@code retryAfter}.
         */
        public static ScriptedAnswer rateLimited(Duration retryAfter, String scope) {
            boolean global = scope.equals("global");
            double seconds = retryAfter.toNanos() / 1e9;
            String body = new ObjectMapper().createObjectNode().put("message", "You are being rate limited.")
                    .put("retry_after", seconds).put("global", global).toString();
            Map<String, String> headers = new HashMap<>();
            headers.put("Retry-After", Long.toString((long) Math.ceil(seconds)));
            headers.put("X-RateLimit-Scope", scope);
            if (global) {
                headers.put("X-RateLimit-Global", "true");
            } else {
                headers.put("X-RateLimit-Limit", Integer.toString(StandInRateLimits.BUCKET_LIMIT));
                headers.put("X-RateLimit-Remaining", "0");
                headers.put("X-RateLimit-Reset-After", Double.toString(seconds));
            }
            return new ScriptedAnswer(429, body, headers);
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(LocalDiscordStandIn.class);
    private static final String API_PREFIX = "/api/v10";
    private static final Pattern CALLBACK = Pattern.compile("/api/v10/interactions/([^/]+)/([^/]+)/callback");
    private static final Pattern EDIT_ORIGINAL =
            Pattern.compile("/api/v10/webhooks/([^/]+)/([^/]+)/messages/@original");
    private static final Pattern COMMANDS = Pattern.compile("/api/v10/applications/([^/]+)(?:/guilds/([^/]+))?/commands");
    private static final Pattern MEMBER_ROLE = Pattern.compile("/api/v10/guilds/(\\d+)/members/(\\d+)/roles/(\\d+)");
    private static final Pattern DM_CHANNELS = Pattern.compile("/api/v10/users/@me/channels");
    private static final Pattern CHANNEL_MESSAGES = Pattern.compile("/api/v10/channels/(\\d+)/messages");
    private static final Pattern ANSWERS = Pattern.compile("/stand-in/interactions/([^/]+)");
    private static final Set<String> ROUTE_WORDS = Set.of("api", "v10", "interactions", "webhooks", "callback",
            "messages", "@original", "applications", "guilds", "commands", "members", "roles", "users", "@me",
            "channels");
    private static final String MEMBER_ROLES_BUCKET = "stand-in-member-roles";
    private static final String COMMANDS_BUCKET = "stand-in-commands";
    private static final String CHANNEL_MESSAGES_BUCKET = "stand-in-channel-messages";
    private static final String CALLBACK_BUCKET = "stand-in-interaction-callback";
    private static final String WEBHOOK_BUCKET = "stand-in-interaction-webhook";
    private static final int REASON_LOG_LIMIT = 200;
    private static final int RETAINED = 10_000;
    private static final int MAX_BODY_BYTES = 1 << 20;
    private static final int MAX_CHOICES = 25;
    private static final int SELECT = 3;

    /**
     * What a successful callback told Discord, remembered per token so a later edit can be described:
     * the message's visibility ("ephemeral", "public", or "component message" after an update).
     */
    private record Acknowledgement(String interactionId, String visibility) {
    }

    /** An answer staged by {@link #failNext(int, String)}. */
    private record StagedAnswer(int status, String body) {
    }

    /**
     * A route Discord limits per route: its bucket id, the major parameter (guild, channel, interaction)
     * of one request, and whether the request also counts against the global limit.
     */
    private record LimitedRoute(String bucket, String major, boolean global) {
    }

    /** Answers scripted by {@link #script}: for requests whose "METHOD /path" matches, {@code left} more times. */
    private record Script(Pattern route, AtomicInteger left, ScriptedAnswer answer) {
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final ObjectMapper json = new ObjectMapper();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition recordedMore = lock.newCondition();
    private final Deque<RecordedRequest> recorded = new ArrayDeque<>();
    private final Map<String, Acknowledgement> acknowledged = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Acknowledgement> eldest) {
            return size() > RETAINED;
        }
    };
    /** What was posted per interaction token (callbacks and edits, oldest first), for {@code GET /stand-in/…}. */
    private final Map<String, ArrayNode> answers = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ArrayNode> eldest) {
            return size() > RETAINED;
        }
    };
    private final Queue<StagedAnswer> staged = new ConcurrentLinkedQueue<>();
    private final List<Script> scripts = new CopyOnWriteArrayList<>();
    private final StandInRateLimits rateLimits = new StandInRateLimits();
    private final Deque<BotRequest> botRequests = new ArrayDeque<>();
    private final Map<String, Set<String>> memberRoles = new HashMap<>();
    /** DM channels by recipient user id, and recipients by channel id. */
    private final Map<String, String> dmChannels = new HashMap<>();
    private final Map<String, String> dmRecipients = new HashMap<>();
    private final Set<String> closedDms = new HashSet<>();
    private final Deque<DirectMessage> directMessages = new ArrayDeque<>();
    /** The bot requests being answered, to be recorded with their status (exchanges compare by identity). */
    private final Map<HttpExchange, BotRequest> answering = new ConcurrentHashMap<>();
    private final AtomicLong messageIds = new AtomicLong(1_300_000_000_000_000_000L);

    private LocalDiscordStandIn(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /** Starts the stand-in on 127.0.0.1 at {@code port} (0 picks a free port). */
    public static LocalDiscordStandIn start(int port) {
        HttpServer server;
        try {
            server = HttpServer.create(
                    new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the Discord stand-in on port " + port, e);
        }
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        server.setExecutor(executor);
        LocalDiscordStandIn standIn = new LocalDiscordStandIn(server, executor);
        server.createContext("/", standIn::handle);
        server.start();
        LOG.info("discord-stand-in listening on {}", standIn.baseUrl());
        return standIn;
    }

    /** The API base to configure in {@link DiscordApiSettings}, e.g. {@code http://127.0.0.1:PORT/api/v10}. */
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + API_PREFIX);
    }

    /** The requests recorded so far, oldest first. */
    public List<RecordedRequest> requests() {
        lock.lock();
        try {
            return List.copyOf(recorded);
        } finally {
            lock.unlock();
        }
    }

    /** Waits until at least {@code count} requests are recorded or {@code timeout} passes; returns what is there. */
    public List<RecordedRequest> awaitRequests(int count, Duration timeout) {
        long nanos = timeout.toNanos();
        lock.lock();
        try {
            while (recorded.size() < count && nanos > 0) {
                nanos = recordedMore.awaitNanos(nanos);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            lock.unlock();
        }
        return requests();
    }

    /** Answers the next request, whatever its route, with {@code status} and {@code jsonBody}. */
    public void failNext(int status, String jsonBody) {
        staged.add(new StagedAnswer(status, jsonBody));
    }

    /**
     * Answers the next {@code times} requests whose {@code "METHOD /path"} (path below {@code /api/v10},
     * still percent-encoded) fully matches {@code routeRegex} with {@code answer}. Requests on a rate-limited
     * route answered so still count against their bucket, except scripted 429s; scripted headers win over
     * the bucket's.
     */
    public void script(String routeRegex, int times, ScriptedAnswer answer) {
        scripts.add(new Script(Pattern.compile(routeRegex), new AtomicInteger(times), answer));
    }

    /** From now on refuses every add or remove of {@code roleId} as Discord does for a role above the bot's. */
    public void refuseRole(String roleId) {
        script("(PUT|DELETE) /guilds/\\d+/members/\\d+/roles/" + Pattern.quote(roleId), Integer.MAX_VALUE,
                ScriptedAnswer.error(403, 50013, "Missing Permissions"));
    }

    /** The requests made with a bot token so far, oldest first, with the status each was answered with. */
    public List<BotRequest> botRequests() {
        lock.lock();
        try {
            return List.copyOf(botRequests);
        } finally {
            lock.unlock();
        }
    }

    /** The role ids the member holds here: those added through this stand-in and not removed since. */
    public Set<String> rolesOf(CommunityId guild, UserId member) {
        lock.lock();
        try {
            return Set.copyOf(memberRoles.getOrDefault(guild.value() + " " + member.value(), Set.of()));
        } finally {
            lock.unlock();
        }
    }

    /** From now on refuses DMs to {@code user} with Discord's 50007 "Cannot send messages to this user". */
    public void closeDirectMessages(UserId user) {
        lock.lock();
        try {
            closedDms.add(user.value());
        } finally {
            lock.unlock();
        }
    }

    /** The DMs posted so far, oldest first. */
    public List<DirectMessage> directMessages() {
        lock.lock();
        try {
            return List.copyOf(directMessages);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.close();
        LOG.info("discord-stand-in stopped");
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            long arrived = System.nanoTime();
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getRawPath();
            Matcher answersOf = ANSWERS.matcher(path);
            if (method.equals("GET") && answersOf.matches()) {
                // A read of what was posted, not a call Discord would see: neither recorded nor rate limited.
                answer(exchange, 200, answersTo(answersOf.group(1)));
                return;
            }
            byte[] bytes;
            try (InputStream in = exchange.getRequestBody()) {
                bytes = in.readNBytes(MAX_BODY_BYTES + 1);
            }
            String body = new String(bytes, StandardCharsets.UTF_8);
            record(new RecordedRequest(method, path, body));
            boolean bot = isBot(exchange);
            if (bot) {
                answering.put(exchange, new BotRequest(method, path,
                        exchange.getRequestHeaders().getFirst("X-Audit-Log-Reason"), Instant.now(), 0));
            }
            StagedAnswer failure = staged.poll();
            ScriptedAnswer scripted = failure == null ? scripted(method, path) : null;
            LimitedRoute bucket = limitedRoute(bot, method, path);
            boolean limited = bot || bucket != null;
            if (failure != null) {
                LOG.info("discord-stand-in answered {} {} with the staged HTTP {}", method, redact(path),
                        failure.status());
                answer(exchange, failure.status(), failure.body());
            } else if (scripted != null && (!limited || scripted.status() == 429)) {
                answerScripted(exchange, method, path, scripted, bucket);
            } else if (bytes.length > MAX_BODY_BYTES) {
                answer(exchange, 413, error("413: Request Entity Too Large", 0));
            } else if (limited && !admit(exchange, bucket, arrived)) {
                LOG.info("discord-stand-in rate-limited {} {}", method, redact(path));
            } else if (scripted != null) {
                answerScripted(exchange, method, path, scripted, bucket);
            } else {
                route(exchange, method, path, body);
            }
        } catch (RuntimeException e) {
            LOG.warn("discord-stand-in failed to answer a request", e);
            answer(exchange, 500, error("500: Internal Server Error", 0));
        } finally {
            answering.remove(exchange);
            exchange.close();
        }
    }

    private void route(HttpExchange exchange, String method, String path, String body) throws IOException {
        Matcher callback = CALLBACK.matcher(path);
        Matcher edit = EDIT_ORIGINAL.matcher(path);
        Matcher commands = COMMANDS.matcher(path);
        Matcher role = MEMBER_ROLE.matcher(path);
        Matcher channelMessages = CHANNEL_MESSAGES.matcher(path);
        if (role.matches() && (method.equals("PUT") || method.equals("DELETE"))) {
            answerMemberRole(exchange, method.equals("PUT"), role.group(1), role.group(2), role.group(3));
        } else if (method.equals("POST") && DM_CHANNELS.matcher(path).matches()) {
            answerOpenDm(exchange, body);
        } else if (method.equals("POST") && channelMessages.matches()) {
            answerDirectMessage(exchange, channelMessages.group(1), body);
        } else if (method.equals("POST") && callback.matches()) {
            answerCallback(exchange, callback.group(1), callback.group(2), body);
        } else if (method.equals("PATCH") && edit.matches()) {
            answerEdit(exchange, edit.group(2), body);
        } else if (method.equals("PUT") && commands.matches()) {
            answerCommandOverwrite(exchange, commands.group(1), commands.group(2), body);
        } else {
            LOG.info("discord-stand-in has no route for {} {}", method, redact(path));
            answer(exchange, 404, error("404: Not Found", 0));
        }
    }

    private void answerCallback(HttpExchange exchange, String interactionId, String token, String body)
            throws IOException {
        JsonNode callback = parse(body);
        if (callback == null) {
            answer(exchange, 400, error("The request body contains invalid JSON.", 50109));
            return;
        }
        int type = callback.path("type").asInt();
        JsonNode data = callback.path("data");
        if (type == APPLICATION_COMMAND_AUTOCOMPLETE_RESULT && data.path("choices").size() > MAX_CHOICES) {
            answer(exchange, 400, error("Invalid Form Body: data.choices must hold at most 25 items", 50035));
            return;
        }
        String visibility = type == UPDATE_MESSAGE || type == DEFERRED_UPDATE_MESSAGE ? "component message"
                : (data.path("flags").asInt() & EPHEMERAL_FLAG) != 0 ? "ephemeral" : "public";
        if (!acknowledge(token, new Acknowledgement(interactionId, visibility))) {
            LOG.info("discord-stand-in refused a second answer to interaction {}", interactionId);
            answer(exchange, 400, error("Interaction has already been acknowledged.", 40060));
            return;
        }
        switch (type) {
            case CHANNEL_MESSAGE_WITH_SOURCE -> LOG.info("discord-stand-in reply to interaction {} ({}): {}",
                    interactionId, visibility, summary(data));
            case DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE -> LOG.info("discord-stand-in deferred interaction {} ({})",
                    interactionId, visibility);
            case UPDATE_MESSAGE -> LOG.info("discord-stand-in updated the message of interaction {}: {}", interactionId,
                    summary(data));
            case DEFERRED_UPDATE_MESSAGE -> LOG.info("discord-stand-in deferred an update for interaction {}",
                    interactionId);
            case APPLICATION_COMMAND_AUTOCOMPLETE_RESULT -> LOG.info("discord-stand-in suggested to interaction {}: {}",
                    interactionId, suggestions(data));
            default -> LOG.info("discord-stand-in callback of type {} to interaction {}", type, interactionId);
        }
        keepAnswer(token, json.createObjectNode().put("kind", "callback").put("type", type).set("data", data));
        answer(exchange, 204, null);
    }

    private void answerEdit(HttpExchange exchange, String token, String body) throws IOException {
        JsonNode edit = parse(body);
        if (edit == null) {
            answer(exchange, 400, error("The request body contains invalid JSON.", 50109));
            return;
        }
        Acknowledgement original = acknowledgementOf(token);
        if (original == null) {
            LOG.info("discord-stand-in edited reply to an interaction it has not seen: {}", summary(edit));
        } else {
            LOG.info("discord-stand-in edited reply to interaction {} ({}): {}", original.interactionId(),
                    original.visibility(), summary(edit));
        }
        keepAnswer(token, json.createObjectNode().put("kind", "edit").set("data", edit));
        ObjectNode message = json.createObjectNode();
        message.put("id", Long.toString(messageIds.incrementAndGet()));
        message.put("type", 20);
        message.put("content", "");
        message.set("embeds", edit.path("embeds").isArray() ? edit.get("embeds") : json.createArrayNode());
        message.set("components", edit.path("components").isArray() ? edit.get("components") : json.createArrayNode());
        answer(exchange, 200, message.toString());
    }

    /** Like Discord's bulk overwrite: needs the bot's authorisation and answers with the commands it now holds. */
    private void answerCommandOverwrite(HttpExchange exchange, String applicationId, String guildId, String body)
            throws IOException {
        if (!isBot(exchange)) {
            LOG.info("discord-stand-in refused a command overwrite without a bot token");
            answer(exchange, 401, error("401: Unauthorized", 0));
            return;
        }
        JsonNode commands = parseArray(body);
        if (commands == null) {
            answer(exchange, 400, error("Invalid Form Body: expected an array of commands", 50035));
            return;
        }
        ArrayNode held = json.createArrayNode();
        List<String> names = new ArrayList<>();
        for (JsonNode command : commands) {
            ObjectNode registered = command.deepCopy();
            registered.put("id", Long.toString(messageIds.incrementAndGet()));
            registered.put("application_id", applicationId);
            if (guildId != null) {
                registered.put("guild_id", guildId);
            }
            registered.put("version", Long.toString(messageIds.incrementAndGet()));
            held.add(registered);
            names.add("/" + command.path("name").asText());
        }
        LOG.info("discord-stand-in registered {} commands for {}: {}", names.size(),
                guildId == null ? "all guilds (global)" : "guild " + guildId, String.join(" ", names));
        answer(exchange, 200, held.toString());
    }

    /** Like Discord's single-role add and remove: needs the bot's authorisation, answers 204 and keeps the change. */
    private void answerMemberRole(HttpExchange exchange, boolean add, String guildId, String userId, String roleId)
            throws IOException {
        if (!isBot(exchange)) {
            LOG.info("discord-stand-in refused a role change without a bot token");
            answer(exchange, 401, error("401: Unauthorized", 0));
            return;
        }
        lock.lock();
        try {
            Set<String> roles = memberRoles.computeIfAbsent(guildId + " " + userId, k -> new HashSet<>());
            if (add) {
                roles.add(roleId);
            } else {
                roles.remove(roleId);
            }
        } finally {
            lock.unlock();
        }
        LOG.info("discord-stand-in {} role {} {} member {} in guild {} (audit log: {})", add ? "gave" : "took",
                roleId, add ? "to" : "from", userId, guildId,
                auditLogReason(exchange.getRequestHeaders().getFirst("X-Audit-Log-Reason")));
        answer(exchange, 204, null);
    }

    /** Like Discord's create-DM: needs the bot's authorisation and answers with the user's one DM channel. */
    private void answerOpenDm(HttpExchange exchange, String body) throws IOException {
        if (!isBot(exchange)) {
            answer(exchange, 401, error("401: Unauthorized", 0));
            return;
        }
        JsonNode request = parse(body);
        String recipient = request == null ? "" : request.path("recipient_id").asText();
        if (!recipient.matches("[1-9]\\d{16,19}")) {
            answer(exchange, 400, error("Invalid Form Body: recipient_id is not a snowflake", 50035));
            return;
        }
        String channel;
        lock.lock();
        try {
            channel = dmChannels.computeIfAbsent(recipient, r -> Long.toString(messageIds.incrementAndGet()));
            dmRecipients.put(channel, recipient);
        } finally {
            lock.unlock();
        }
        ObjectNode answer = json.createObjectNode().put("id", channel).put("type", 1);
        answer.putArray("recipients").addObject().put("id", recipient);
        answer(exchange, 200, answer.toString());
    }

    /** Like posting in a DM channel: 50007 for a user whose DMs are closed, else the message, kept for tests. */
    private void answerDirectMessage(HttpExchange exchange, String channel, String body) throws IOException {
        if (!isBot(exchange)) {
            answer(exchange, 401, error("401: Unauthorized", 0));
            return;
        }
        JsonNode message = parse(body);
        if (message == null) {
            answer(exchange, 400, error("The request body contains invalid JSON.", 50109));
            return;
        }
        String recipient;
        boolean closed;
        lock.lock();
        try {
            recipient = dmRecipients.get(channel);
            closed = recipient != null && closedDms.contains(recipient);
            if (recipient != null && !closed) {
                directMessages.addLast(new DirectMessage(new UserId(recipient), channel, body));
                if (directMessages.size() > RETAINED) {
                    directMessages.removeFirst();
                }
            }
        } finally {
            lock.unlock();
        }
        if (recipient == null) {
            answer(exchange, 404, error("Unknown Channel", 10003));
        } else if (closed) {
            LOG.info("discord-stand-in refused a DM to user {}: their DMs are closed", recipient);
            answer(exchange, 403, error("Cannot send messages to this user", 50007));
        } else {
            LOG.info("discord-stand-in DM to user {}: {}", recipient, summary(message));
            answer(exchange, 200, json.createObjectNode().put("id", Long.toString(messageIds.incrementAndGet()))
                    .put("channel_id", channel).put("type", 0).toString());
        }
    }

    /** A scripted answer; a 429 outside the global scope on a limited route also names the route's bucket. */
    private void answerScripted(HttpExchange exchange, String method, String path, ScriptedAnswer scripted,
            LimitedRoute bucket) throws IOException {
        scripted.headers().forEach(exchange.getResponseHeaders()::set);
        if (bucket != null && scripted.headers().containsKey("X-RateLimit-Limit")) {
            exchange.getResponseHeaders().set("X-RateLimit-Bucket", bucket.bucket());
        }
        LOG.info("discord-stand-in answered {} {} with the scripted HTTP {}", method, redact(path), scripted.status());
        answer(exchange, scripted.status(), scripted.body());
    }

    /** Applies the rate limits to a request: sets the bucket's headers, or answers the 429 and says false. */
    private boolean admit(HttpExchange exchange, LimitedRoute bucket, long arrived) throws IOException {
        StandInRateLimits.Verdict verdict = bucket == null ? rateLimits.admit(null, "", true, arrived)
                : rateLimits.admit(bucket.bucket(), bucket.major(), bucket.global(), arrived);
        verdict.headers().forEach(exchange.getResponseHeaders()::set);
        if (verdict.allowed()) {
            return true;
        }
        boolean global = "global".equals(verdict.headers().get("X-RateLimit-Scope"));
        answer(exchange, 429, json.createObjectNode().put("message", "You are being rate limited.")
                .put("retry_after", verdict.retryAfter().toNanos() / 1e9).put("global", global).toString());
        return false;
    }

    private ScriptedAnswer scripted(String method, String path) {
        String route = method + " " + (path.startsWith(API_PREFIX) ? path.substring(API_PREFIX.length()) : path);
        for (Script script : scripts) {
            if (script.route().matcher(route).matches() && script.left().getAndUpdate(n -> n > 0 ? n - 1 : n) > 0) {
                return script.answer();
            }
        }
        return null;
    }

    /**
     * The rate-limit bucket and major parameter of a route Discord limits per route, or null: interaction
     * callbacks and edits (per interaction, exempt from the global limit), and with a bot token the
     * role, command and channel-message routes.
     */
    private static LimitedRoute limitedRoute(boolean bot, String method, String path) {
        Matcher callback = CALLBACK.matcher(path);
        if (callback.matches() && method.equals("POST")) {
            return new LimitedRoute(CALLBACK_BUCKET, callback.group(1), false);
        }
        Matcher edit = EDIT_ORIGINAL.matcher(path);
        if (edit.matches()) {
            return new LimitedRoute(WEBHOOK_BUCKET, edit.group(2), false);
        }
        if (!bot) {
            return null;
        }
        Matcher role = MEMBER_ROLE.matcher(path);
        if (role.matches() && (method.equals("PUT") || method.equals("DELETE"))) {
            return new LimitedRoute(MEMBER_ROLES_BUCKET, role.group(1), true);
        }
        Matcher commands = COMMANDS.matcher(path);
        if (commands.matches()) {
            return new LimitedRoute(COMMANDS_BUCKET, commands.group(2) == null ? "" : commands.group(2), true);
        }
        Matcher channelMessages = CHANNEL_MESSAGES.matcher(path);
        if (channelMessages.matches() && method.equals("POST")) {
            return new LimitedRoute(CHANNEL_MESSAGES_BUCKET, channelMessages.group(1), true);
        }
        return null;
    }

    private static boolean isBot(HttpExchange exchange) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        return authorization != null && authorization.startsWith("Bot ") && authorization.length() > "Bot ".length();
    }

    /** The decoded audit-log reason on one line, shortened, or "none". */
    static String auditLogReason(String header) {
        if (header == null || header.isBlank()) {
            return "none";
        }
        String decoded;
        try {
            decoded = URLDecoder.decode(header, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            decoded = header;
        }
        return DiscordText.fit(decoded.replaceAll("\\p{Cntrl}+", " ").strip(), REASON_LOG_LIMIT);
    }

    /**
     * Title, description and "name: value" of every field of every embed, then one part per row of
     * controls ({@code [Label]} buttons, {@code ✓} when selected, "(disabled)"; {@code ▾ placeholder:
     * option, option ✓} menus), joined by " | " on one line.
     */
    static String summary(JsonNode message) {
        List<String> parts = new ArrayList<>();
        if (!message.path("content").asText().isBlank()) {
            parts.add(message.path("content").asText());
        }
        for (JsonNode embed : message.path("embeds")) {
            addText(parts, embed.path("title").asText());
            addText(parts, embed.path("description").asText());
            for (JsonNode field : embed.path("fields")) {
                addText(parts, field.path("name").asText() + ": " + field.path("value").asText());
            }
        }
        for (JsonNode row : message.path("components")) {
            List<String> controls = new ArrayList<>();
            for (JsonNode control : row.path("components")) {
                controls.add(control.path("type").asInt() == SELECT ? select(control) : button(control));
            }
            addText(parts, String.join(" ", controls));
        }
        return parts.isEmpty() ? "(empty message)" : String.join(" | ", parts);
    }

    private static String button(JsonNode button) {
        return "[" + button.path("label").asText() + (button.path("style").asInt() == 1 ? " ✓" : "")
                + (button.path("disabled").asBoolean() ? " (disabled)" : "") + "]";
    }

    private static String select(JsonNode select) {
        List<String> options = new ArrayList<>();
        for (JsonNode option : select.path("options")) {
            options.add(option.path("label").asText() + (option.path("default").asBoolean() ? " ✓" : ""));
        }
        return "▾ " + select.path("placeholder").asText("choose") + ": " + String.join(", ", options);
    }

    /** The names of the suggested choices, comma-separated, or "(no choices)". */
    static String suggestions(JsonNode data) {
        List<String> names = new ArrayList<>();
        data.path("choices").forEach(choice -> names.add(choice.path("name").asText()));
        return names.isEmpty() ? "(no choices)" : String.join(", ", names).replaceAll("\\p{Cntrl}+", " ");
    }

    private static void addText(List<String> parts, String text) {
        String line = text.replaceAll("\\p{Cntrl}+", " ").strip();
        if (!line.isEmpty()) {
            parts.add(line);
        }
    }

    /** The path with every segment that is neither a route word nor a numeric id replaced, so tokens stay out of logs. */
    static String redact(String path) {
        return Arrays.stream(path.split("/", -1))
                .map(segment -> segment.isEmpty() || ROUTE_WORDS.contains(segment) || segment.matches("\\d{1,20}")
                        ? segment : "{redacted}")
                .collect(Collectors.joining("/"));
    }

    private void record(RecordedRequest request) {
        lock.lock();
        try {
            recorded.addLast(request);
            if (recorded.size() > RETAINED) {
                recorded.removeFirst();
            }
            recordedMore.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void recordBotRequest(BotRequest request) {
        lock.lock();
        try {
            botRequests.addLast(request);
            if (botRequests.size() > RETAINED) {
                botRequests.removeFirst();
            }
        } finally {
            lock.unlock();
        }
    }

    private boolean acknowledge(String token, Acknowledgement acknowledgement) {
        lock.lock();
        try {
            return acknowledged.putIfAbsent(token, acknowledgement) == null;
        } finally {
            lock.unlock();
        }
    }

    private void keepAnswer(String token, JsonNode answer) {
        lock.lock();
        try {
            answers.computeIfAbsent(token, t -> json.createArrayNode()).add(answer);
        } finally {
            lock.unlock();
        }
    }

    private String answersTo(String token) {
        lock.lock();
        try {
            ObjectNode body = json.createObjectNode();
            body.set("answers", answers.getOrDefault(token, json.createArrayNode()).deepCopy());
            return body.toString();
        } finally {
            lock.unlock();
        }
    }

    private Acknowledgement acknowledgementOf(String token) {
        lock.lock();
        try {
            return acknowledged.get(token);
        } finally {
            lock.unlock();
        }
    }

    private JsonNode parse(String body) {
        try {
            JsonNode node = json.readTree(body);
            return node != null && node.isObject() ? node : null;
        } catch (JacksonException e) {
            return null;
        }
    }

    private JsonNode parseArray(String body) {
        try {
            JsonNode node = json.readTree(body);
            return node != null && node.isArray() ? node : null;
        } catch (JacksonException e) {
            return null;
        }
    }

    private String error(String message, int code) {
        return json.createObjectNode().put("message", message).put("code", code).toString();
    }

    private void answer(HttpExchange exchange, int status, String body) throws IOException {
        BotRequest call = answering.remove(exchange);
        if (call != null) {
            recordBotRequest(new BotRequest(call.method(), call.path(), call.auditLogReason(), call.receivedAt(), status));
        }
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
