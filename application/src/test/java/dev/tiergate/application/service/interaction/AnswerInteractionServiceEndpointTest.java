package dev.tiergate.application.service.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.application.port.in.interaction.Caller;
import dev.tiergate.application.port.in.interaction.Delivery;
import dev.tiergate.application.port.in.interaction.InteractionOutcome;
import dev.tiergate.application.port.in.interaction.InteractionRef;
import dev.tiergate.application.port.in.interaction.InteractionRequest;
import dev.tiergate.application.port.in.interaction.MemberCommand;
import dev.tiergate.application.port.in.position.PositionView;
import dev.tiergate.application.port.out.interaction.InteractionProgress;
import dev.tiergate.application.port.out.interaction.MemoryInteractionProgress;
import dev.tiergate.application.port.out.interaction.ReplyNotDeliveredException.Refusal;
import dev.tiergate.application.service.CommunityRules;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.Nym;
import dev.tiergate.domain.profile.Score;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.rank.RankBands;
import dev.tiergate.domain.rank.Threshold;
import dev.tiergate.domain.ratelimit.RateLimitDecision;
import dev.tiergate.domain.ratelimit.RateLimitPolicies;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Interactions that came through the HTTP interactions endpoint (their ref names a callback base): the
 * initial response goes there, and one too old for an initial response was deferred by the endpoint,
 * so its answer is edited in rather than dropped as expired.
 */
class AnswerInteractionServiceEndpointTest {

    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    private static final URI CALLBACK = URI.create("http://127.0.0.1:8080/internal/discord/interactions");
    private static final AtomicLong INTERACTION_IDS = new AtomicLong(555555555555555555L);
    private static final AnswerTiming TIMING = new AnswerTiming(Duration.ofMillis(200), Duration.ofSeconds(3),
            Duration.ofSeconds(5));

    private final RecordingResponder responder = new RecordingResponder();
    private final MemoryInteractionProgress progress = new MemoryInteractionProgress();
    private final AnswerInteractionService service = new AnswerInteractionService(
            new ReplyComposer(FakeMemberUseCases.with(
                    q -> new PositionView.Unranked(Score.parse("9")),
                    q -> Threshold.of(3, Optional.empty(), List.of(), RankBands.DEFAULT),
                    q -> List.of(new Nym("alia"))),
                    new CommunityRules(id -> Optional.empty()), (policy, key) -> new RateLimitDecision.Allowed(NOW, 4),
                    RateLimitPolicies.DEFAULTS),
            responder, progress, new RecordingInteractionMetrics(), Executors.newVirtualThreadPerTaskExecutor(),
            Clock.fixed(NOW, ZoneOffset.UTC), TIMING);

    private static InteractionRequest throughEndpoint(MemberCommand command, Duration age) {
        InteractionRef ref = new InteractionRef(Long.toString(INTERACTION_IDS.incrementAndGet()), "secret-token",
                "555555555555555555", Optional.of(CALLBACK));
        return new InteractionRequest(ref, Optional.of(new CommunityId("123456789012345678")),
                Optional.of(new UserId("987654321098765432")), Caller.UNKNOWN, command, NOW.minus(age));
    }

    @Test
    void theInitialResponseIsAddressedToTheEndpointsCallbackBase() {
        InteractionOutcome outcome = service.answer(throughEndpoint(new MemberCommand.ShowPosition(), Duration.ZERO),
                Delivery.ONLY);

        assertThat(outcome).isEqualTo(InteractionOutcome.ANSWERED);
        assertThat(responder.calls).singleElement().satisfies(call -> {
            assertThat(call.kind()).isEqualTo("respond");
            assertThat(call.target().callbackBase()).contains(CALLBACK);
        });
    }

    @Test
    void anEndpointThatAlreadyDeferredMakesTheServiceEditTheAnswerIn() {
        responder.refuseNext("respond", Refusal.ALREADY_ANSWERED);
        InteractionRequest request = throughEndpoint(new MemberCommand.ShowPosition(), Duration.ofMillis(2600));

        InteractionOutcome outcome = service.answer(request, Delivery.ONLY);

        assertThat(outcome).isEqualTo(InteractionOutcome.ANSWERED_AFTER_DEFER);
        assertThat(responder.calls).extracting(RecordingResponder.Call::kind).endsWith("edit");
        assertThat(progress.progressOf(request.ref().interactionId())).contains(InteractionProgress.ANSWERED);
    }

    @Test
    void tooOldForAnInitialResponseItIsEditedInBecauseTheEndpointDeferredIt() {
        InteractionRequest request = throughEndpoint(new MemberCommand.ShowThreshold(), Duration.ofSeconds(4));

        InteractionOutcome outcome = service.answer(request, Delivery.ONLY);

        assertThat(outcome).isEqualTo(InteractionOutcome.ANSWERED_AFTER_DEFER);
        assertThat(responder.calls).singleElement().satisfies(call -> {
            assertThat(call.kind()).isEqualTo("edit");
            assertThat(call.reply().title()).isNotBlank();
        });
        assertThat(progress.progressOf(request.ref().interactionId())).contains(InteractionProgress.ANSWERED);
    }

    @Test
    void tooOldAndNeverDeferredByTheEndpointItCountsAsExpired() {
        responder.refuseNext("edit", Refusal.EXPIRED);

        InteractionOutcome outcome = service.answer(
                throughEndpoint(new MemberCommand.ShowThreshold(), Duration.ofSeconds(4)), Delivery.ONLY);

        assertThat(outcome).isEqualTo(InteractionOutcome.EXPIRED);
    }

    @Test
    void lateAutocompleteWasAnsweredWithNoChoicesByTheEndpointSoNothingIsSent() {
        InteractionOutcome outcome = service.answer(throughEndpoint(
                new MemberCommand.Suggest(MemberCommand.Suggestion.NYM, "al"), Duration.ofSeconds(4)), Delivery.ONLY);

        assertThat(outcome).isEqualTo(InteractionOutcome.ALREADY_ANSWERED);
        assertThat(responder.calls).isEmpty();
    }
}
