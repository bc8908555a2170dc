package dev.tiergate.adapter.out.redis;

import dev.tiergate.application.port.out.interaction.InteractionProgress;
import dev.tiergate.application.port.out.interaction.InteractionProgressPort;
import dev.tiergate.domain.shared.Snowflake;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.async.RedisAsyncCommands;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Interaction progress under {@code tiergate:interaction:{<id>}:progress}, kept 15 minutes from its
 * first write: a claim is {@code SET key RESPONDING NX PX 900000}, a record one EVALSHA of a short script
 * that writes only a later step (an existing key keeps its remaining time), a read one GET. Every
 * call goes through the "redis" circuit breaker shared with the rate limiter.
 *
 * <p>When Redis is down (the breaker refuses the call, or the command fails or times out, as for the
 * rate limiter) the call goes to the fallback store instead; one WARN marks each outage. What only the
 * fallback holds would be invisible once Redis answers again, so for 15 minutes after this process
 * last used the fallback (plus a minute's margin), a claim Redis grants is refused when the fallback
 * has a step for the interaction (the Redis key stays), and a read answers the later of Redis's step
 * and the fallback's. Only for interactions created before the fallback's last use (by their snowflake,
 * with a margin for Discord's clock): the fallback cannot hold a step of a later one, so seconds after
 * a blip the steady stream of new interactions costs no fallback read. A write that timed out may still
 * reach Redis later; as steps only move forward and the fallback took the same one, that changes no answer.
 *
 * <p>Limits: only the process that saw an outage consults the fallback afterwards; on another replica
 * a redelivery of an interaction recorded only in the fallback looks new. And during an outage the
 * fallback knows nothing of what Redis held, so a redelivery then of an interaction claimed just
 * before looks new.
 */
public final class RedisInteractionProgressAdapter implements InteractionProgressPort {

    /** How long an interaction's token lives, and so its key. */
    static final Duration LIFETIME = Duration.ofMinutes(15);
    /** Longer than the fallback keeps a step written after the mark, so the window always covers it. */
    static final Duration CONSULT_FALLBACK_FOR = LIFETIME.plusMinutes(1);
    /**
     * How far Discord's clock (an interaction id's creation time) may be ahead of this process's: the
     * 3-second answer budget, judged on the same ids, already needs clocks far closer than this.
     */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(10);

    private static final Logger LOG = LoggerFactory.getLogger(RedisInteractionProgressAdapter.class);
    private static final String STORE = "interaction progress store";
    /**
     * KEYS[1] the interaction's key; ARGV[1] the step to record; ARGV[2] a new key's time to live in
     * ms; ARGV[3..] every step in the order they are taken. Returns 1 when it wrote the step, else 0.
     */
    private static final RedisScript RECORD = RedisScript.of("""
            local function rank(step)
              for i = 3, #ARGV do
                if ARGV[i] == step then return i end
              end
              return 0
            end
            local current = redis.call('GET', KEYS[1])
            if not current then
              redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
              return 1
            end
            if rank(current) < rank(ARGV[1]) then
              redis.call('SET', KEYS[1], ARGV[1], 'KEEPTTL')
              return 1
            end
            return 0
            """);
    /** The script's arguments for each step, built once: a step is recorded for every interaction. */
    private static final Map<InteractionProgress, String[]> ARGUMENTS = argumentsByStep();

    private final RedisConnection connection;
    private final RedisCircuitBreaker breaker;
    private final InteractionProgressPort fallback;
    private final InstantSource clock;
    private final AtomicReference<Instant> fallbackLastUsed = new AtomicReference<>(Instant.MIN);
    private final AtomicBoolean outage = new AtomicBoolean();

    public RedisInteractionProgressAdapter(RedisConnection connection, RedisRateLimitAdapter rateLimits,
            InteractionProgressPort fallback, InstantSource clock) {
        this.connection = connection;
        this.breaker = rateLimits.circuitBreaker();
        this.fallback = fallback;
        this.clock = clock;
    }

    @Override
    public boolean claim(String interactionId) {
        String key = redisKey(interactionId);
        boolean granted;
        try {
            granted = "OK".equals(redis(commands -> commands.set(key, InteractionProgress.RESPONDING.name(),
                    SetArgs.Builder.nx().px(LIFETIME.toMillis()))));
        } catch (RedisDown down) {
            return fallback.claim(interactionId);
        }
        return granted && !(fallbackMayHold(interactionId) && fallback.progressOf(interactionId).isPresent());
    }

    @Override
    public Optional<InteractionProgress> progressOf(String interactionId) {
        String key = redisKey(interactionId);
        Optional<InteractionProgress> stored;
        try {
            stored = Optional.ofNullable(redis(commands -> commands.get(key))).map(InteractionProgress::valueOf);
        } catch (RedisDown down) {
            return fallback.progressOf(interactionId);
        }
        if (!fallbackMayHold(interactionId)) {
            return stored;
        }
        return Stream.of(stored, fallback.progressOf(interactionId)).flatMap(Optional::stream)
                .max(Comparator.naturalOrder());
    }

    @Override
    public void record(String interactionId, InteractionProgress progress) {
        String key = redisKey(interactionId);
        String[] arguments = ARGUMENTS.get(progress);
        try {
            redis(commands -> RECORD.<Long>run(commands, ScriptOutputType.INTEGER, new String[] {key}, arguments));
        } catch (RedisDown down) {
            fallback.record(interactionId, progress);
        }
    }

    private static Map<InteractionProgress, String[]> argumentsByStep() {
        Map<InteractionProgress, String[]> arguments = new EnumMap<>(InteractionProgress.class);
        for (InteractionProgress step : InteractionProgress.values()) {
            arguments.put(step, Stream.concat(Stream.of(step.name(), Long.toString(LIFETIME.toMillis())),
                    Arrays.stream(InteractionProgress.values()).map(Enum::name)).toArray(String[]::new));
        }
        return arguments;
    }

    static String redisKey(String interactionId) {
        return "tiergate:interaction:{" + Snowflake.require(interactionId, "interaction_id") + "}:progress";
    }

    /**
     * Runs one command under the breaker and records its outcome there; when the breaker refuses it
     * or Redis cannot answer, notes the outage and throws {@link RedisDown}: the caller asks the
     * fallback instead.
     */
    private <T> T redis(Function<RedisAsyncCommands<String, String>, CompletionStage<T>> command) throws RedisDown {
        if (!breaker.tryAcquirePermission()) {
            throw fallingBack("circuit open");
        }
        long start = System.nanoTime();
        T reply;
        try {
            reply = connection.await(STORE, command);
        } catch (UncheckedIOException unavailable) {
            breaker.recordFailure(start, unavailable);
            throw fallingBack(unavailable.getMessage());
        }
        breaker.recordSuccess(start);
        if (outage.compareAndSet(true, false)) {
            LOG.info("Redis answers interaction progress calls again; the fallback store is still read for {} min",
                    CONSULT_FALLBACK_FOR.toMinutes());
        }
        return reply;
    }

    private RedisDown fallingBack(String reason) {
        fallbackLastUsed.set(clock.instant());
        if (outage.compareAndSet(false, true)) {
            LOG.warn("Redis cannot take interaction progress ({}); the fallback store takes it until Redis answers",
                    reason);
        }
        return RedisDown.INSTANCE;
    }

    /**
     * Whether the fallback may hold a step of this interaction: it was used in the last 16 minutes, and
     * not only before the interaction was created (every use moves {@code fallbackLastUsed}).
     */
    private boolean fallbackMayHold(String interactionId) {
        Instant lastUsed = fallbackLastUsed.get();
        return clock.instant().isBefore(lastUsed.plus(CONSULT_FALLBACK_FOR))
                && !Snowflake.createdAt(interactionId).isAfter(lastUsed.plus(CLOCK_SKEW));
    }

    /** Redis could not serve a call; the caller turns to the fallback. Carries no stack: it is expected. */
    private static final class RedisDown extends Exception {

        private static final RedisDown INSTANCE = new RedisDown();

        private RedisDown() {
            super("Redis unavailable", null, false, false);
        }
    }
}
