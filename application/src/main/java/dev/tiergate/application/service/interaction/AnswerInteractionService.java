package dev.tiergate.application.service.interaction;

import dev.tiergate.application.port.in.interaction.AnswerInteractionUseCase;
import dev.tiergate.application.port.in.interaction.InteractionOutcome;
import dev.tiergate.application.port.in.interaction.InteractionRequest;
import dev.tiergate.application.port.in.interaction.MemberCommand;
import dev.tiergate.application.port.in.position.ShowPositionQuery;
import dev.tiergate.application.port.in.position.ShowPositionUseCase;
import dev.tiergate.application.port.in.profile.ViewProfileQuery;
import dev.tiergate.application.port.in.profile.ViewProfileUseCase;
import dev.tiergate.application.port.in.threshold.ShowThresholdQuery;
import dev.tiergate.application.port.in.threshold.ShowThresholdUseCase;
import dev.tiergate.application.port.out.interaction.InteractionResponderPort;
import dev.tiergate.application.port.out.interaction.Reply;
import dev.tiergate.application.port.out.interaction.ReplyNotDeliveredException;
import dev.tiergate.application.port.out.interaction.ReplyTarget;
import dev.tiergate.application.service.CommunityRules;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Answers a slash command within Discord's 3 seconds: the answer is composed while the clock
 * runs; ready in time, it is the initial response; otherwise the interaction is deferred and the
 * answer edited in. Any failure while composing becomes a short generic notice.
 */
public final class AnswerInteractionService implements AnswerInteractionUseCase {

    private static final System.Logger LOG = System.getLogger(AnswerInteractionService.class.getName());

    private final ShowPositionUseCase position;
    private final ShowThresholdUseCase threshold;
    private final ViewProfileUseCase profile;
    private final CommunityRules rules;
    private final InteractionResponderPort responder;
    private final Executor executor;
    private final Clock clock;
    private final AnswerTiming timing;

    public AnswerInteractionService(ShowPositionUseCase position, ShowThresholdUseCase threshold,
            ViewProfileUseCase profile, CommunityRules rules, InteractionResponderPort responder, Executor executor,
            Clock clock, AnswerTiming timing) {
        this.position = position;
        this.threshold = threshold;
        this.profile = profile;
        this.rules = rules;
        this.responder = responder;
        this.executor = executor;
        this.clock = clock;
        this.timing = timing;
    }

    @Override
    public InteractionOutcome answer(InteractionRequest request) {
        Duration age = Duration.between(request.createdAt(), clock.instant());
        if (age.compareTo(timing.expireAfter()) >= 0) {
            LOG.log(System.Logger.Level.WARNING, "Interaction {0} arrived {1} ms after creation: too late to answer",
                    request.ref().interactionId(), age.toMillis());
            return InteractionOutcome.EXPIRED;
        }
        ReplyTarget target = new ReplyTarget(request.ref().interactionId(), request.ref().token(),
                request.ref().applicationId());
        CompletableFuture<Reply> reply = CompletableFuture.supplyAsync(() -> compose(request), executor);
        try {
            return deliver(request, target, reply, age);
        } catch (ReplyNotDeliveredException undelivered) {
            LOG.log(System.Logger.Level.WARNING, "Interaction {0}: {1}", request.ref().interactionId(),
                    undelivered.getMessage());
            return undelivered.retryable() ? InteractionOutcome.RETRY_LATER : InteractionOutcome.NOT_DELIVERED;
        }
    }

    private InteractionOutcome deliver(InteractionRequest request, ReplyTarget target, CompletableFuture<Reply> reply,
            Duration age) {
        try {
            long budget = Math.max(0, timing.deferAfter().minus(age).toMillis());
            responder.respond(target, reply.get(budget, TimeUnit.MILLISECONDS));
            return InteractionOutcome.ANSWERED;
        } catch (TimeoutException slow) {
            responder.defer(target, request.command().ephemeral());
            responder.editOriginal(target, awaitAfterDeferral(reply));
            return InteractionOutcome.ANSWERED_AFTER_DEFER;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while answering", interrupted);
        } catch (ExecutionException impossible) {
            throw new IllegalStateException("compose never fails", impossible.getCause());
        }
    }

    private Reply awaitAfterDeferral(CompletableFuture<Reply> reply) {
        try {
            return reply.get(timing.editWithin().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException tooSlow) {
            reply.cancel(true);
            return NoticeReply.TOO_SLOW;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return NoticeReply.TOO_SLOW;
        } catch (ExecutionException impossible) {
            return NoticeReply.FAILED;
        }
    }

    /** Never throws: a failure is logged with its cause and answered with the generic notice. */
    private Reply compose(InteractionRequest request) {
        try {
            return switch (request.command()) {
                case MemberCommand.Unreadable unreadable -> NoticeReply.UNREADABLE;
                case MemberCommand.Unknown unknown -> NoticeReply.unknown(unknown.name());
                case MemberCommand inDirectMessage when request.communityId().isEmpty() || request.userId().isEmpty() ->
                        NoticeReply.GUILD_ONLY;
                case MemberCommand.ShowPosition show -> PositionReply.of(position.showPosition(
                        new ShowPositionQuery(request.communityId().get(), request.userId().get())));
                case MemberCommand.ShowThreshold show -> ThresholdReply.of(
                        threshold.showThreshold(new ShowThresholdQuery(request.communityId().get())),
                        rules.of(request.communityId().get()).config().rankBands().fedaykinCutoff());
                case MemberCommand.ViewProfile view -> ProfileReply.of(profile.viewProfile(
                        new ViewProfileQuery(request.communityId().get(), request.userId().get(), view.nym())));
            };
        } catch (RuntimeException failure) {
            LOG.log(System.Logger.Level.ERROR, "Interaction " + request.ref().interactionId() + " failed", failure);
            return NoticeReply.FAILED;
        }
    }
}
