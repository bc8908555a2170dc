package dev.tiergate.application.service.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.application.port.in.interaction.Caller;
import dev.tiergate.application.port.in.interaction.Delivery;
import dev.tiergate.application.port.in.interaction.InteractionOutcome;
import dev.tiergate.application.port.in.interaction.InteractionRef;
import dev.tiergate.application.port.in.interaction.InteractionRequest;
import dev.tiergate.application.port.in.interaction.MemberCommand;
import dev.tiergate.application.port.in.position.PositionView;
import dev.tiergate.application.port.in.position.ShowPositionUseCase;
import dev.tiergate.application.port.in.profile.SuggestNymsUseCase;
import dev.tiergate.application.port.in.threshold.ShowThresholdUseCase;
import dev.tiergate.application.port.out.interaction.Choice;
import dev.tiergate.application.port.out.interaction.InteractionProgress;
import dev.tiergate.application.port.out.interaction.MemoryInteractionProgress;
import dev.tiergate.application.port.out.interaction.ReplyNotDeliveredException.Refusal;
import dev.tiergate.application.port.out.ratelimit.RateLimitPort;
import dev.tiergate.application.service.CommunityRules;
import dev.tiergate.domain.alert.AlertKind;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.Nym;
import dev.tiergate.domain.profile.Score;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.rank.Position;
import dev.tiergate.domain.rank.PositionStatus;
import dev.tiergate.domain.rank.RankBands;
import dev.tiergate.domain.rank.Threshold;
import dev.tiergate.domain.ratelimit.RateLimitDecision;
import dev.tiergate.domain.ratelimit.RateLimitKey;
import dev.tiergate.domain.ratelimit.RateLimitPolicies;
import dev.tiergate.domain.ratelimit.RateLimitPolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AnswerInteractionServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    private static final CommunityId GUILD = new CommunityId("123456789012345678");
    private static final UserId MEMBER = new UserId("987654321098765432");
    private static final AtomicLong INTERACTION_IDS = new AtomicLong(444444444444444444L);
    private static final AnswerTiming FAST = new AnswerTiming(Duration.ofMillis(200), Duration.ofSeconds(3),
            Duration.ofSeconds(5));

    private final RecordingResponder responder = new RecordingResponder();
    private final MemoryInteractionProgress progress = new MemoryInteractionProgress();
    private ShowPositionUseCase position = q -> new PositionView.Ranked(new Nym("stilgar"),
            new Position(12, Score.parse("1234.5"), Optional.of(Score.parse("10")), Optional.empty(), Optional.empty(),
                    PositionStatus.FEDAYKIN));
    private final ShowThresholdUseCase threshold = q -> Threshold.of(3, Optional.empty(), List.of(), RankBands.DEFAULT);
    private SuggestNymsUseCase nyms = q -> List.of(new Nym("alia"), new Nym("alice"));
    private final List<RateLimitKey> spent = new ArrayList<>();
    private final RecordingInteractionMetrics metrics = new RecordingInteractionMetrics();
    private final List<String> finished = metrics.finished;
    private RateLimitPort limits = (policy, key) -> {
        spent.add(key);
        return new RateLimitDecision.Allowed(NOW, 4);
    };

    private AnswerInteractionService service() {
        ReplyComposer composer = new ReplyComposer(FakeMemberUseCases.with(position, threshold, nyms),
                new CommunityRules(id -> Optional.empty()), limits, RateLimitPolicies.DEFAULTS);
        return new AnswerInteractionService(composer, responder, progress,
                metrics, Executors.newVirtualThreadPerTaskExecutor(),
                Clock.fixed(NOW, ZoneOffset.UTC), FAST);
    }

    /** A new interaction, so each request is answered on its own. */
    private static InteractionRef ref() {
        return new InteractionRef(Long.toString(INTERACTION_IDS.incrementAndGet()), "secret-token", "555555555555555555");
    }

    private static InteractionRequest request(MemberCommand command, Duration age) {
        return new InteractionRequest(ref(), Optional.of(GUILD), Optional.of(MEMBER), Caller.UNKNOWN, command, NOW.minus(age));
    }

    @Test
    void aFastAnswerIsTheInitialResponseAndShowsOnlyToTheMember() {
        InteractionRequest request = request(new MemberCommand.ShowPosition(), Duration.ZERO);
        InteractionOutcome outcome = service().answer(request, Delivery.ONLY);
        assertThat(outcome).isEqualTo(InteractionOutcome.ANSWERED);
        assertThat(finished).containsExactly("position:answered");
        assertThat(metrics.received).containsExactly("position");
        assertThat(metrics.acknowledgedAtAge).as("the answer left as soon as it was asked").containsExactly(Duration.ZERO);
        assertThat(progress.progressOf(request.ref().interactionId())).contains(InteractionProgress.ANSWERED);
        assertThat(responder.calls).singleElement().satisfies(call -> {
            assertThat(call.kind()).isEqualTo("respond");
            assertThat(call.target().interactionId()).isEqualTo(request.ref().interactionId());
            assertThat(call.reply().ephemeral()).isTrue();
            assertThat(call.reply().description()).contains("#12").contains("stilgar");
            assertThat(call.reply().fields()).anySatisfy(f -> assertThat(f.value()).isEqualTo("1,234.5"));
        });
    }

    /**
     * At 100 ms of age the answer is waited for until the deferral time (100 ms more); at 2.5 s, past the
     * last moment a deferral reaches Discord in time, not even for the late arrival's 250 ms, which a
     * 200 ms answer would fit in.
     */
    @ParameterizedTest
    @ValueSource(longs = {100, 2500})
    void aSlowAnswerIsDeferredThenEditedIn(long ageMillis) {
        position = unrankedAfter(200);
        InteractionOutcome outcome = service().answer(request(new MemberCommand.ShowPosition(),
                Duration.ofMillis(ageMillis)), Delivery.ONLY);
        assertThat(outcome).isEqualTo(InteractionOutcome.ANSWERED_AFTER_DEFER);
        assertThat(metrics.acknowledgedAtAge).as("the deferral, not the edit, is the initial response")
                .containsExactly(Duration.ofMillis(ageMillis));
        assertThat(responder.calls).extracting(RecordingResponder.Call::kind).containsExactly("defer:ephemeral", "edit");
        assertThat(responder.calls.get(1).reply().description()).contains("not ranked");
        assertThat(spent).as("the retry spends no rate-limit budget again").containsExactly(
                RateLimitKey.of(RateLimitPolicy.MEMBER_COMMANDS, GUILD, MEMBER.value()),
                RateLimitKey.of(RateLimitPolicy.GUILD_COMMANDS, GUILD, GUILD.value()));
    }

    @Test
    void anInteractionThatArrivesPastTheDeferralTimeButIsAnsweredAtOnceGoesOutInOneCall() {
        InteractionOutcome outcome = service().answer(request(new MemberCommand.ShowPosition(), Duration.ofMillis(1000)),
                Delivery.ONLY);

        assertThat(outcome).isEqualTo(InteractionOutcome.ANSWERED);
        assertThat(responder.calls).extracting(RecordingResponder.Call::kind).containsExactly("respond");
    }

    @Test
    void aClickByItsOwnerReplacesTheClickedMessage() {
        service().answer(request(new MemberCommand.ToggleAlert(MEMBER, AlertKind.NAIB_ALERTS), Duration.ZERO), Delivery.ONLY);

        assertThat(responder.calls).singleElement().satisfies(call -> {
            assertThat(call.kind()).isEqualTo("update");
            assertThat(call.reply().rows()).isNotEmpty();
        });
        assertThat(finished).containsExactly("alerts-toggle:answered");
    }

    @Test
    void aClickBySomeoneElseIsRefusedWithAPrivateMessageAndTheOwnersMessageStays() {
        UserId owner = new UserId("111111111111111112");
        service().answer(request(new MemberCommand.ToggleAlert(owner, AlertKind.NAIB_ALERTS), Duration.ZERO), Delivery.ONLY);

        assertThat(responder.calls).singleElement().satisfies(call -> {
            assertThat(call.kind()).isEqualTo("respond");
            assertThat(call.reply().ephemeral()).isTrue();
            assertThat(call.reply().title()).isEqualTo("Not yours");
        });
        assertThat(spent).as("a refused click spends no budget").isEmpty();
    }

    @Test
    void aClickWhoseAnswerIsANoticeGetsANewMessageSoThePageIsNotWiped() {
        service().answer(request(new MemberCommand.SetAlertFrequency(MEMBER, "hourly"), Duration.ZERO), Delivery.ONLY);

        assertThat(responder.calls).singleElement().satisfies(call -> {
            assertThat(call.kind()).isEqualTo("respond");
            assertThat(call.reply().rows()).isEmpty();
        });
    }

    @Test
    void aSlowClickIsAcknowledgedWithADeferredUpdateThenEditedIn() {
        limits = (policy, key) -> {
            sleep(400);
            return new RateLimitDecision.Allowed(NOW, 4);
        };
        service().answer(request(new MemberCommand.ToggleAlert(MEMBER, AlertKind.AT_RISK_WARNINGS), Duration.ZERO), Delivery.ONLY);

        assertThat(responder.calls).extracting(RecordingResponder.Call::kind).containsExactly("defer-update", "edit");
    }

    @Test
    void autocompleteIsAnsweredWithChoicesAndSpendsNoRateLimit() {
        service().answer(request(new MemberCommand.Suggest(MemberCommand.Suggestion.NYM, "al"), Duration.ZERO), Delivery.ONLY);
        service().answer(request(new MemberCommand.Suggest(MemberCommand.Suggestion.CONTRIBUTION_BADGE, ""), Duration.ZERO), Delivery.ONLY);

        assertThat(responder.calls).extracting(RecordingResponder.Call::kind).containsExactly("suggest", "suggest");
        assertThat(responder.calls.get(0).choices()).extracting(Choice::value).containsExactly("alia", "alice");
        assertThat(responder.calls.get(1).choices()).extracting(Choice::value)
                .containsExactly("helper", "builder", "teacher", "water-sharer");
        assertThat(responder.calls.get(1).choices().getFirst().name()).isEqualTo("🤝 Helper");
        assertThat(spent).isEmpty();
    }

    @Test
    void autocompleteTooLateForAnAnswerGetsAnEmptyListNeverADeferral() {
        nyms = q -> {
            sleep(400);
            return List.of(new Nym("alia"));
        };
        service().answer(request(new MemberCommand.Suggest(MemberCommand.Suggestion.NYM, "al"), Duration.ZERO), Delivery.ONLY);

        assertThat(responder.calls).singleElement().satisfies(call -> {
            assertThat(call.kind()).isEqualTo("suggest");
            assertThat(call.choices()).isEmpty();
        });
    }

    @Test
    void adminCommandsNeedAdministratorOrManageGuildInTheInteraction() {
        AnswerInteractionService service = service();
        service.answer(withCaller(Caller.UNKNOWN), Delivery.ONLY);
        service.answer(withCaller(new Caller(OptionalLong.of(0x400), Set.of())), Delivery.ONLY);
        service.answer(withCaller(new Caller(OptionalLong.of(0x20), Set.of())), Delivery.ONLY);
        service.answer(withCaller(new Caller(OptionalLong.of(0x8 | 0x400), Set.of())), Delivery.ONLY);

        assertThat(responder.calls).extracting(call -> call.reply().title())
                .containsExactly("Admins only", "Admins only", "Community stats", "Community stats");
    }

    private static InteractionRequest withCaller(Caller caller) {
        return new InteractionRequest(ref(), Optional.of(GUILD), Optional.of(MEMBER), caller,
                new MemberCommand.ShowCommunityStats(), NOW);
    }

    @Test
    void anInteractionOlderThanThreeSecondsIsNotAnswered() {
        InteractionOutcome outcome = service().answer(request(new MemberCommand.ShowThreshold(), Duration.ofSeconds(3)), Delivery.ONLY);
        assertThat(outcome).isEqualTo(InteractionOutcome.EXPIRED);
        assertThat(finished).containsExactly("threshold:expired");
        assertThat(metrics.acknowledgedAtAge).isEmpty();
        assertThat(responder.calls).isEmpty();
    }

    @Test
    void aFailureBecomesAGenericNoticeWithoutInternals() {
        position = q -> {
            throw new IllegalStateException("SELECT * FROM member_profiles exploded");
        };
        service().answer(request(new MemberCommand.ShowPosition(), Duration.ZERO), Delivery.ONLY);
        assertThat(responder.calls).singleElement().satisfies(call -> {
            assertThat(call.reply().ephemeral()).isTrue();
            assertThat(call.reply().description()).contains("went wrong").doesNotContain("SELECT").doesNotContain("Exception");
        });
    }

    @Test
    void unreadableUnknownAndDirectMessageCommandsGetAShortTrueNotice() {
        service().answer(request(new MemberCommand.Unreadable(), Duration.ZERO), Delivery.ONLY);
        service().answer(request(new MemberCommand.Unknown("<@everyone> hi"), Duration.ZERO), Delivery.ONLY);
        service().answer(request(new MemberCommand.Unknown("leaderboard"), Duration.ZERO), Delivery.ONLY);
        service().answer(new InteractionRequest(ref(), Optional.empty(), Optional.of(MEMBER), Caller.UNKNOWN,
                new MemberCommand.ShowPosition(), NOW), Delivery.ONLY);
        assertThat(responder.calls).extracting(c -> c.reply().description()).containsExactly(
                "This command could not be read, please try again.",
                "Tiergate does not offer that command.",
                "Tiergate does not offer /leaderboard.",
                "Tiergate commands work inside a server, not in direct messages.");
        assertThat(responder.calls).allSatisfy(c -> assertThat(c.reply().ephemeral()).isTrue());
    }

    @Test
    void thresholdIsPublicAndRoundsScores() {
        service().answer(request(new MemberCommand.ShowThreshold(), Duration.ZERO), Delivery.ONLY);
        assertThat(responder.calls).singleElement().satisfies(call -> {
            assertThat(call.reply().ephemeral()).isFalse();
            assertThat(call.reply().fields()).anySatisfy(f -> assertThat(f.value()).isEqualTo("3 / 69"));
        });
    }

    @Test
    void aReplyDiscordDidNotTakeIsRetriedOnlyWhenThatCanHelpAfterTheWaitDiscordNamed() {
        responder.refuseNext("respond", Refusal.RETRYABLE);
        assertThat(service().answer(request(new MemberCommand.ShowThreshold(), Duration.ZERO), Delivery.ONLY))
                .isEqualTo(new InteractionOutcome.RetryLater(Optional.of(Duration.ofSeconds(2))));
        responder.refuseNext("respond", Refusal.REFUSED);
        assertThat(service().answer(request(new MemberCommand.ShowThreshold(), Duration.ZERO), Delivery.ONLY))
                .isEqualTo(InteractionOutcome.NOT_DELIVERED);
        responder.refuseNext("respond", Refusal.EXPIRED);
        assertThat(service().answer(request(new MemberCommand.ShowThreshold(), Duration.ZERO), Delivery.ONLY))
                .isEqualTo(InteractionOutcome.EXPIRED);
    }

    @Test
    void aRedeliveryOfAnAnsweredInteractionSendsNothing() {
        InteractionRequest request = request(new MemberCommand.ShowPosition(), Duration.ZERO);
        AnswerInteractionService service = service();
        service.answer(request, new Delivery(1, false));
        InteractionOutcome again = service.answer(request, new Delivery(2, false));

        assertThat(again).isEqualTo(InteractionOutcome.ALREADY_ANSWERED);
        assertThat(responder.calls).extracting(RecordingResponder.Call::kind).containsExactly("respond");
        assertThat(finished).containsExactly("position:answered", "position:already_answered");
    }

    @Test
    void aRedeliveryOfADeferredInteractionOnlyEditsTheAnswerIn() {
        InteractionRequest request = request(new MemberCommand.ShowPosition(), Duration.ofSeconds(20));
        progress.claim(request.ref().interactionId());
        progress.record(request.ref().interactionId(), InteractionProgress.DEFERRED);

        InteractionOutcome outcome = service().answer(request, new Delivery(2, false));

        assertThat(outcome).isEqualTo(InteractionOutcome.ANSWERED_AFTER_DEFER);
        assertThat(responder.calls).singleElement().satisfies(call -> {
            assertThat(call.kind()).isEqualTo("edit");
            assertThat(call.reply().description()).contains("#12");
        });
        assertThat(progress.progressOf(request.ref().interactionId())).contains(InteractionProgress.ANSWERED);
    }

    @Test
    void anInitialResponseDiscordAlreadyHasIsEditedInstead() {
        responder.refuseNext("respond", Refusal.ALREADY_ANSWERED);
        InteractionOutcome outcome = service().answer(request(new MemberCommand.ShowThreshold(), Duration.ZERO),
                Delivery.ONLY);

        assertThat(outcome).isEqualTo(InteractionOutcome.ANSWERED_AFTER_DEFER);
        assertThat(responder.calls).extracting(RecordingResponder.Call::kind).containsExactly("respond", "edit");
    }

    @Test
    void anUncertainEarlierAttemptIsEditedOrAnsweredAfreshWhileYoungAndCountedAsExpiredWhenOld() {
        InteractionRequest young = request(new MemberCommand.ShowThreshold(), Duration.ofMillis(1500));
        InteractionRequest old = request(new MemberCommand.ShowThreshold(), Duration.ofSeconds(5));
        progress.claim(young.ref().interactionId());
        progress.claim(old.ref().interactionId());
        responder.refuseNext("edit", Refusal.EXPIRED);
        responder.refuseNext("edit", Refusal.EXPIRED);

        assertThat(service().answer(young, new Delivery(2, false))).isEqualTo(InteractionOutcome.ANSWERED);
        assertThat(service().answer(old, new Delivery(2, false))).isEqualTo(InteractionOutcome.EXPIRED);
        assertThat(responder.calls).extracting(RecordingResponder.Call::kind).containsExactly("edit", "respond", "edit");
    }

    @Test
    void aFailureBeforeTheLastDeliveryDefersAndIsRetriedThenTheNextDeliveryEditsTheAnswerIn() {
        AtomicInteger attempts = new AtomicInteger();
        position = q -> {
            if (attempts.incrementAndGet() == 1) {
                throw new IllegalStateException("connection terminated");
            }
            return new PositionView.Unranked(Score.parse("9"));
        };
        InteractionRequest request = request(new MemberCommand.ShowPosition(), Duration.ZERO);
        AnswerInteractionService service = service();

        assertThat(service.answer(request, new Delivery(1, false)))
                .isEqualTo(new InteractionOutcome.RetryLater(Optional.empty()));
        assertThat(service.answer(request, new Delivery(2, false))).isEqualTo(InteractionOutcome.ANSWERED_AFTER_DEFER);

        assertThat(responder.calls).extracting(RecordingResponder.Call::kind).containsExactly("defer:ephemeral", "edit");
        assertThat(responder.calls.get(1).reply().description()).contains("not ranked");
        assertThat(spent).as("the retry spends no rate-limit budget again").containsExactly(
                RateLimitKey.of(RateLimitPolicy.MEMBER_COMMANDS, GUILD, MEMBER.value()),
                RateLimitKey.of(RateLimitPolicy.GUILD_COMMANDS, GUILD, GUILD.value()));
    }

    @Test
    void aMemberOverItsBudgetIsToldWhenToRetryAndSpendsNothingOfTheGuilds() {
        limits = (policy, key) -> {
            spent.add(key);
            return policy.equals(RateLimitPolicy.MEMBER_COMMANDS)
                    ? new RateLimitDecision.Throttled(Duration.ofMillis(1200))
                    : new RateLimitDecision.Allowed(NOW, 99);
        };
        service().answer(request(new MemberCommand.ShowPosition(), Duration.ZERO), Delivery.ONLY);
        assertThat(responder.calls).singleElement().satisfies(call -> {
            assertThat(call.reply().ephemeral()).isTrue();
            assertThat(call.reply().description()).isEqualTo("You are sending commands too fast. Try again in 2 s.");
        });
        assertThat(spent).containsExactly(RateLimitKey.of(RateLimitPolicy.MEMBER_COMMANDS, GUILD, MEMBER.value()));
    }

    @Test
    void aBadgeAwardIsRefusedWhenTheAdminsAwardBudgetCannotBeCheckedEvenThoughCommandsFailOpen() {
        limits = (policy, key) -> {
            spent.add(key);
            return policy.equals(RateLimitPolicy.BADGE_AWARDS) ? new RateLimitDecision.Unavailable()
                    : new RateLimitDecision.Allowed(NOW, 4);
        };
        service().answer(new InteractionRequest(ref(), Optional.of(GUILD), Optional.of(MEMBER),
                new Caller(OptionalLong.of(0x8), Set.of()),
                new MemberCommand.AwardBadge("alice", "helper", Optional.empty()), NOW), Delivery.ONLY);

        assertThat(responder.calls).singleElement()
                .satisfies(call -> assertThat(call.reply().description()).contains("cannot check its limits"));
        assertThat(spent).contains(RateLimitKey.of(RateLimitPolicy.BADGE_AWARDS, GUILD, MEMBER.value()));
    }

    @Test
    void eachCommandSpendsFromTheMemberAndTheGuildBudget() {
        service().answer(request(new MemberCommand.ShowThreshold(), Duration.ZERO), Delivery.ONLY);
        assertThat(spent).containsExactly(RateLimitKey.of(RateLimitPolicy.MEMBER_COMMANDS, GUILD, MEMBER.value()),
                RateLimitKey.of(RateLimitPolicy.GUILD_COMMANDS, GUILD, GUILD.value()));
    }

    @Test
    void aLimitThatCannotBeCheckedAndFailsClosedSaysSo() {
        limits = (policy, key) -> new RateLimitDecision.Unavailable();
        service().answer(request(new MemberCommand.ShowThreshold(), Duration.ZERO), Delivery.ONLY);
        assertThat(responder.calls).singleElement().satisfies(call ->
                assertThat(call.reply().description()).contains("cannot check its limits"));
    }

    @Test
    void theTokenNeverPrints() {
        assertThat(ref().toString()).doesNotContain("secret-token");
    }

    /** A /position that takes {@code millis} to find the member unranked. */
    private static ShowPositionUseCase unrankedAfter(long millis) {
        return q -> {
            sleep(millis);
            return new PositionView.Unranked(Score.parse("9"));
        };
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
