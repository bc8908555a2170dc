package dev.tiergate.perf.inprocess;

import dev.tiergate.adapter.in.nats.InteractionReading;
import dev.tiergate.adapter.out.discord.ReplyEncoding;
import dev.tiergate.adapter.out.metrics.InteractionMetrics;
import dev.tiergate.application.port.in.interaction.AnswerInteractionUseCase;
import dev.tiergate.application.port.in.interaction.Delivery;
import dev.tiergate.application.port.in.interaction.InteractionOutcome;
import dev.tiergate.application.port.in.interaction.InteractionRequest;
import dev.tiergate.application.port.out.community.LoadCommunityPort;
import dev.tiergate.application.port.out.interaction.Choice;
import dev.tiergate.application.port.out.interaction.InteractionProgress;
import dev.tiergate.application.port.out.interaction.InteractionProgressPort;
import dev.tiergate.application.port.out.interaction.InteractionResponderPort;
import dev.tiergate.application.port.out.interaction.MemoryInteractionProgress;
import dev.tiergate.application.port.out.interaction.Reply;
import dev.tiergate.application.port.out.interaction.ReplyTarget;
import dev.tiergate.application.port.out.metrics.InteractionMetricsPort;
import dev.tiergate.application.port.out.ranking.LoadRankingPort;
import dev.tiergate.application.port.out.ratelimit.RateLimitPort;
import dev.tiergate.application.service.CommunityRules;
import dev.tiergate.application.service.RecentRankBands;
import dev.tiergate.application.service.interaction.AnswerInteractionService;
import dev.tiergate.application.service.interaction.AnswerTiming;
import dev.tiergate.application.service.interaction.MemberUseCases;
import dev.tiergate.application.service.interaction.ReplyComposer;
import dev.tiergate.application.service.position.ShowPositionService;
import dev.tiergate.domain.community.Community;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.Nym;
import dev.tiergate.domain.profile.Score;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.rank.RankedMember;
import dev.tiergate.domain.ratelimit.RateLimitDecision;
import dev.tiergate.domain.ratelimit.RateLimitPolicies;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One interaction's path inside the process with the database stubbed out, shared by P3 (consume
 * capacity) and P10 (allocation per interaction): the real answering service, reply composer, limiter
 * port and Micrometer metrics adapter, {@code /position} answered by the real use case over an
 * in-memory ranking of {@value #MEMBERS} members in {@value #GUILDS} guilds, progress in memory, and a
 * responder that encodes the Discord reply exactly as the Discord adapter does (its renderer and JSON
 * writer) and drops it instead of sending it. {@link #handle(byte[])} is the NATS listener's own path
 * short of the message: its envelope parser and command router, then the answering service.
 *
 * <p>Every envelope is created at one instant and the service's clock stands 100 ms later, so each
 * interaction is answered at once, however long ago it was published.
 */
public final class InProcessInteractions implements AutoCloseable {

    public static final String APPLICATION_ID = "100000000000000001";
    public static final int MEMBERS = 100_000;
    public static final int GUILDS = 256;
    private static final long DISCORD_EPOCH_MILLIS = 1_420_070_400_000L;
    private static final long FIRST_USER = 300_000_000_000_000_000L;
    private static final long FIRST_GUILD = 200_000_000_000_000_000L;
    private static final String TOKEN = "aW50ZXJhY3Rpb24tdG9rZW4tb2YtdGhlLWJlbmNobWFyaw";

    /** A limiter that always allows: P10 measures what Tiergate allocates, not what a Redis client does. */
    public static final RateLimitPort ALWAYS_ALLOWED = (policy, key) -> new RateLimitDecision.Allowed(Instant.EPOCH, 1);

    /**
     * A progress store that lets every delivery claim its interaction and keeps nothing: P10's interactions
     * are all new, and what a real store keeps lives in Redis, not in Tiergate's heap.
     */
    public static final InteractionProgressPort EVERY_INTERACTION_NEW = new InteractionProgressPort() {
        @Override
        public boolean claim(String interactionId) {
            return true;
        }

        @Override
        public Optional<InteractionProgress> progressOf(String interactionId) {
            return Optional.empty();
        }

        @Override
        public void record(String interactionId, InteractionProgress progress) {
        }
    };

    private static final Delivery FIRST_DELIVERY = new Delivery(1, false);
    private final long createdMillis = System.currentTimeMillis();
    private final RankedMember[] ranked = new RankedMember[MEMBERS];
    private final Community[] communities = new Community[GUILDS];
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final EncodingResponder responder = new EncodingResponder();
    private final AnswerInteractionService answers;
    private final InteractionReading reading = new InteractionReading(APPLICATION_ID);

    /** Progress kept in a {@link MemoryInteractionProgress}, as P3 needs to answer each interaction once. */
    public InProcessInteractions(RateLimitPort limits, MeterRegistry meters) {
        this(limits, meters, new MemoryInteractionProgress());
    }

    public InProcessInteractions(RateLimitPort limits, MeterRegistry meters, InteractionProgressPort progress) {
        for (int i = 0; i < MEMBERS; i++) {
            ranked[i] = new RankedMember(i + 1, new UserId(Long.toString(FIRST_USER + i)), new Nym("member" + i),
                    new Score(BigDecimal.valueOf(10L * (MEMBERS - i))));
        }
        for (int i = 0; i < GUILDS; i++) {
            communities[i] = Community.withDefaults(new CommunityId(Long.toString(FIRST_GUILD + i)));
        }
        LoadCommunityPort stored = id -> Optional.of(communities[(int) (Long.parseLong(id.value()) - FIRST_GUILD)]);
        CommunityRules rules = new CommunityRules(stored);
        MemberUseCases useCases = new MemberUseCases(new ShowPositionService(new RecentRankBands(rules, Clock.systemUTC()), new Ranking(), community -> List.of()),
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, Optional.empty());
        Clock clock = Clock.fixed(Instant.ofEpochMilli(createdMillis + 100), ZoneOffset.UTC);
        answers = new AnswerInteractionService(new ReplyComposer(useCases, rules, limits, RateLimitPolicies.DEFAULTS),
                responder, progress, InteractionMetrics.micrometer(meters), executor, clock, AnswerTiming.DISCORD);
    }

    /**
     * Handles one envelope as {@code InteractionListener} does on its first delivery: parse it, route it
     * to its command, answer it; throws when the envelope is poison.
     */
    public InteractionOutcome handle(byte[] envelope) {
        return answers.answer(reading.read(envelope), FIRST_DELIVERY);
    }

    /** The service answering interactions, as the NATS listener calls it. */
    public AnswerInteractionUseCase answers() {
        return answers;
    }

    /** Replies encoded so far. */
    public long repliesEncoded() {
        return responder.encoded.get();
    }

    /**
     * The gateway's envelope of a {@code /position} interaction, number {@code sequence} (below 2^22):
     * a member of {@value #MEMBERS}, in one of {@value #GUILDS} guilds, with a unique interaction and event id.
     */
    public byte[] envelope(long sequence) {
        long interactionId = ((createdMillis - DISCORD_EPOCH_MILLIS) << 22) | (sequence & 0x3F_FFFF);
        String json = "{\"event_id\": \"" + eventId(sequence) + "\", \"event_type\": \"interaction.create\","
                + " \"shard_id\": 0, \"timestamp\": " + createdMillis + ", \"guild_id\": \""
                + (FIRST_GUILD + sequence % GUILDS) + "\", \"channel_id\": \"333333333333333333\", \"user_id\": \""
                + (FIRST_USER + sequence % MEMBERS) + "\", \"data\": {\"interaction_id\": \"" + interactionId
                + "\", \"interaction_type\": \"ApplicationCommand\", \"interaction_token\": \"" + TOKEN
                + "\", \"command_name\": \"position\"}}";
        return json.getBytes(StandardCharsets.UTF_8);
    }

    /** The envelope's event id, a UUID as the gateway writes it (the message's Nats-Msg-Id). */
    public static String eventId(long sequence) {
        return String.format("00000000-0000-4000-8000-%012d", sequence);
    }

    @Override
    public void close() {
        executor.close();
    }

    /** Ranks as stored: member i is rank i + 1. */
    private final class Ranking implements LoadRankingPort {
        @Override
        public Optional<RankedMember> findRanked(CommunityId communityId, UserId userId) {
            long index = Long.parseLong(userId.value()) - FIRST_USER;
            return index >= 0 && index < MEMBERS ? Optional.of(ranked[(int) index]) : Optional.empty();
        }

        @Override
        public Optional<RankedMember> findAtRank(CommunityId communityId, int rank) {
            return rank >= 1 && rank <= MEMBERS ? Optional.of(ranked[rank - 1]) : Optional.empty();
        }

        @Override
        public List<RankedMember> findFromRank(CommunityId communityId, int fromRank,
                dev.tiergate.domain.shared.PageLimit limit) {
            throw new UnsupportedOperationException("/position never pages");
        }

        @Override
        public int countRanked(CommunityId communityId) {
            return MEMBERS;
        }
    }

    /**
     * Encodes an initial response with the Discord adapter's own renderer and JSON writer and drops the
     * bytes: the work of a reply short of the HTTP call.
     */
    private static final class EncodingResponder implements InteractionResponderPort {

        private final ReplyEncoding encoding = new ReplyEncoding();
        final AtomicLong encoded = new AtomicLong();

        @Override
        public void respond(ReplyTarget target, Reply reply) {
            if (encoding.encode(reply).length > 0) {
                encoded.incrementAndGet();
            }
        }

        @Override
        public void defer(ReplyTarget target, boolean ephemeral) {
            throw new UnsupportedOperationException("an in-process answer is never late");
        }

        @Override
        public void editOriginal(ReplyTarget target, Reply reply) {
            throw new UnsupportedOperationException("an in-process answer is never late");
        }

        @Override
        public void update(ReplyTarget target, Reply reply) {
            throw new UnsupportedOperationException("/position is not a click");
        }

        @Override
        public void deferUpdate(ReplyTarget target) {
            throw new UnsupportedOperationException("/position is not a click");
        }

        @Override
        public void suggest(ReplyTarget target, List<Choice> choices) {
            throw new UnsupportedOperationException("/position is not autocomplete");
        }
    }
}
