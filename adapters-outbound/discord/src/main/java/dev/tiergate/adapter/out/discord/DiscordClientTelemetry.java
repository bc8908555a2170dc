package dev.tiergate.adapter.out.discord;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

/**
 * What Tiergate's calls to Discord add up to, shared by both lanes of one process because Discord
 * counts invalid requests per IP: the invalid requests (401, 403, 429 except shared-scope ones) of the
 * last ten minutes, whether bot calls are paused for them or halted by a refused bot token, and per
 * lane the requests answered by status, the 429s by scope, the calls left unanswered, the calls
 * waiting right now, and how long each call waited at its lane before it was allowed to send (told to
 * an {@link AdmissionWaits} listener, since a distribution is the metrics library's to keep).
 * Every figure is read-only from outside and keyed by bounded values only, never by an id or a token,
 * so metrics can be registered from the getters as they are.
 */
public final class DiscordClientTelemetry {

    /** The two ways out to Discord. */
    public enum Lane {
        /** Interaction callbacks and edits of the original message: exempt from the global limit. */
        INTERACTION,
        /** Calls with the bot token (roles, DMs, command registration), shaped below the global limit. */
        BOT
    }

    /** Which limit a 429 hit, as Discord's {@code X-RateLimit-Scope} names it. */
    public enum RateLimitScope {
        /** The route's own bucket (also when Discord named no scope). */
        USER,
        /** The global limit per bot token. */
        GLOBAL,
        /** A resource shared with others; not an invalid request. */
        SHARED
    }

    /**
     * The status Discord answered with, grouped so that the refusals worth an alert (401, 403), 404s and
     * 429s stand apart and the label keeps to a handful of values.
     */
    public enum AnswerStatus {
        SUCCESS("2xx"),
        UNAUTHORIZED("401"),
        FORBIDDEN("403"),
        NOT_FOUND("404"),
        TOO_MANY_REQUESTS("429"),
        /** Any 4xx not named above. */
        OTHER_CLIENT_ERROR("4xx"),
        SERVER_ERROR("5xx"),
        /** 1xx, 3xx and codes outside HTTP's classes. */
        OTHER("other");

        private final String label;

        AnswerStatus(String label) {
            this.label = label;
        }

        /** The metric label: "2xx", "401", "403", "404", "429", "4xx", "5xx" or "other". */
        public String label() {
            return label;
        }

        static AnswerStatus of(int httpStatus) {
            return switch (httpStatus) {
                case 401 -> UNAUTHORIZED;
                case 403 -> FORBIDDEN;
                case 404 -> NOT_FOUND;
                case 429 -> TOO_MANY_REQUESTS;
                default -> switch (httpStatus / 100) {
                    case 2 -> SUCCESS;
                    case 4 -> OTHER_CLIENT_ERROR;
                    case 5 -> SERVER_ERROR;
                    default -> OTHER;
                };
            };
        }
    }

    /** Told, per lane, how long each call waited for its rate limits before it was allowed to send. */
    @FunctionalInterface
    public interface AdmissionWaits {

        /** A call of {@code lane} was allowed to send {@code nanos} after it asked. */
        void waited(Lane lane, long nanos);
    }

    /** One lane's running figures. */
    private static final class LaneFigures {
        final Map<AnswerStatus, LongAdder> answered = new EnumMap<>(AnswerStatus.class);
        final Map<RateLimitScope, LongAdder> rateLimited = new EnumMap<>(RateLimitScope.class);
        final LongAdder unanswered = new LongAdder();
        final AtomicInteger waiting = new AtomicInteger();

        LaneFigures() {
            for (AnswerStatus status : AnswerStatus.values()) {
                answered.put(status, new LongAdder());
            }
            for (RateLimitScope scope : RateLimitScope.values()) {
                rateLimited.put(scope, new LongAdder());
            }
        }
    }

    private final InvalidRequestCounter invalidRequests;
    private final Map<Lane, LaneFigures> lanes = new EnumMap<>(Lane.class);
    private volatile int botPauseThreshold = Integer.MAX_VALUE;
    private volatile boolean botCallsHalted;
    private volatile AdmissionWaits admissionWaits = (lane, nanos) -> { };

    /** Figures for one process's Discord client: hand the same instance to both lanes. */
    public DiscordClientTelemetry() {
        this(System::nanoTime);
    }

    DiscordClientTelemetry(LongSupplier ticker) {
        this.invalidRequests = new InvalidRequestCounter(ticker);
        for (Lane lane : Lane.values()) {
            lanes.put(lane, new LaneFigures());
        }
    }

    /** Invalid requests (401, 403, 429 except shared-scope ones) Discord answered in the last ten minutes. */
    public int invalidRequests() {
        return invalidRequests.count();
    }

    /** Whether bot calls are paused because the invalid requests reached the bot lane's threshold. */
    public boolean botCallsPaused() {
        return invalidRequests.count() >= botPauseThreshold;
    }

    /** Whether Discord refused the bot token, which stopped every bot call until restart. */
    public boolean botCallsHalted() {
        return botCallsHalted;
    }

    /** Requests of the lane Discord answered with {@code status}, retries included. */
    public long answered(Lane lane, AnswerStatus status) {
        return lanes.get(lane).answered.get(status).sum();
    }

    /** 429s Discord answered the lane with, for limits of {@code scope}. */
    public long rateLimited(Lane lane, RateLimitScope scope) {
        return lanes.get(lane).rateLimited.get(scope).sum();
    }

    /** Requests of the lane that got no answer: timeouts and transport failures. */
    public long unanswered(Lane lane) {
        return lanes.get(lane).unanswered.sum();
    }

    /** Calls of the lane waiting right now for a rate limit or before a retry. */
    public int waiting(Lane lane) {
        return lanes.get(lane).waiting.get();
    }

    /** Reports every admission wait of either lane to {@code listener} from now on (one listener; the last set wins). */
    public void reportAdmissionWaitsTo(AdmissionWaits listener) {
        admissionWaits = Objects.requireNonNull(listener, "listener");
    }

    void admitted(Lane lane, long waitedNanos) {
        admissionWaits.waited(lane, waitedNanos);
    }

    void countAnswered(Lane lane, int httpStatus) {
        lanes.get(lane).answered.get(AnswerStatus.of(httpStatus)).increment();
    }

    /** Counts a 429, which is an invalid request unless its scope is shared. */
    void countRateLimited(Lane lane, RateLimitScope scope) {
        lanes.get(lane).rateLimited.get(scope).increment();
        if (scope != RateLimitScope.SHARED) {
            invalidRequests.record();
        }
    }

    /** Counts a 401 or a 403. */
    void countRefused() {
        invalidRequests.record();
    }

    void countUnanswered(Lane lane) {
        lanes.get(lane).unanswered.increment();
    }

    void waitStarted(Lane lane) {
        lanes.get(lane).waiting.incrementAndGet();
    }

    void waitEnded(Lane lane) {
        lanes.get(lane).waiting.decrementAndGet();
    }

    void pauseBotCallsAt(int invalidRequests) {
        botPauseThreshold = invalidRequests;
    }

    void haltBotCalls() {
        botCallsHalted = true;
    }
}
