package dev.tiergate.application.service.interaction;

import dev.tiergate.application.port.in.interaction.AnswerInteractionUseCase;
import dev.tiergate.application.port.in.interaction.InteractionOutcome;
import dev.tiergate.application.port.in.interaction.InteractionRequest;
import dev.tiergate.application.port.in.interaction.MemberCommand;
import dev.tiergate.application.port.out.interaction.Choice;
import dev.tiergate.application.port.out.interaction.InteractionResponderPort;
import dev.tiergate.application.port.out.interaction.Reply;
import dev.tiergate.application.port.out.interaction.ReplyNotDeliveredException;
import dev.tiergate.application.port.out.interaction.ReplyTarget;
import dev.tiergate.application.port.out.metrics.InteractionMetricsPort;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Answers an interaction within Discord's 3 seconds: the answer is composed while the clock runs;
 * ready in time, it is the initial response (a message, the clicked message's update, or
 * suggestions); otherwise the interaction is deferred and the answer edited in.
 */
public final class AnswerInteractionService implements AnswerInteractionUseCase {

    private static final System.Logger LOG = System.getLogger(AnswerInteractionService.class.getName());

    private final ReplyComposer composer;
    private final InteractionResponderPort responder;
    private final InteractionMetricsPort metrics;
    private final Executor executor;
    private final Clock clock;
    private final AnswerTiming timing;

    public AnswerInteractionService(ReplyComposer composer, InteractionResponderPort responder,
            InteractionMetricsPort metrics, Executor executor, Clock clock, AnswerTiming timing) {
        this.composer = composer;
        this.responder = responder;
        this.metrics = metrics;
        this.executor = executor;
        this.clock = clock;
        this.timing = timing;
    }

    @Override
    public InteractionOutcome answer(InteractionRequest request) {
        Instant started = clock.instant();
        InteractionOutcome outcome = answerInTime(request);
        metrics.interactionFinished(CommandLabel.of(request.command()), outcome.name().toLowerCase(Locale.ROOT),
                Duration.between(started, clock.instant()));
        return outcome;
    }

    private InteractionOutcome answerInTime(InteractionRequest request) {
        Duration age = Duration.between(request.createdAt(), clock.instant());
        if (age.compareTo(timing.expireAfter()) >= 0) {
            LOG.log(System.Logger.Level.WARNING, "Interaction {0} arrived {1} ms after creation: too late to answer",
                    request.ref().interactionId(), age.toMillis());
            return InteractionOutcome.EXPIRED;
        }
        ReplyTarget target = new ReplyTarget(request.ref().interactionId(), request.ref().token(),
                request.ref().applicationId());
        CompletableFuture<Answer> answer = CompletableFuture.supplyAsync(() -> composer.compose(request), executor);
        try {
            return deliver(request, target, answer, age);
        } catch (ReplyNotDeliveredException undelivered) {
            LOG.log(System.Logger.Level.WARNING, "Interaction {0}: {1}", request.ref().interactionId(),
                    undelivered.getMessage());
            return undelivered.retryable() ? InteractionOutcome.RETRY_LATER : InteractionOutcome.NOT_DELIVERED;
        }
    }

    private InteractionOutcome deliver(InteractionRequest request, ReplyTarget target, CompletableFuture<Answer> answer,
            Duration age) {
        long budget = Math.max(0, timing.deferAfter().minus(age).toMillis());
        try {
            switch (answer.get(budget, TimeUnit.MILLISECONDS)) {
                case Answer.NewMessage(Reply reply) -> responder.respond(target, reply);
                case Answer.UpdatedMessage(Reply reply) -> responder.update(target, reply);
                case Answer.Suggestions(List<Choice> choices) -> responder.suggest(target, choices);
            }
            return InteractionOutcome.ANSWERED;
        } catch (TimeoutException slow) {
            return deferAndEdit(request, target, answer);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while answering", interrupted);
        } catch (ExecutionException impossible) {
            throw new IllegalStateException("compose never fails", impossible.getCause());
        }
    }

    /**
     * Too slow for a direct answer: autocomplete cannot be deferred, so it gets no suggestions; a click
     * keeps its message until the edit; a command shows "thinking…" until the edit.
     */
    private InteractionOutcome deferAndEdit(InteractionRequest request, ReplyTarget target,
            CompletableFuture<Answer> answer) {
        switch (request.command()) {
            case MemberCommand.Suggest suggest -> {
                answer.cancel(true);
                responder.suggest(target, List.of());
                return InteractionOutcome.ANSWERED;
            }
            case MemberCommand.Click click -> responder.deferUpdate(target);
            default -> responder.defer(target, request.command().ephemeral());
        }
        responder.editOriginal(target, awaitAfterDeferral(answer));
        return InteractionOutcome.ANSWERED_AFTER_DEFER;
    }

    private Reply awaitAfterDeferral(CompletableFuture<Answer> answer) {
        try {
            return switch (answer.get(timing.editWithin().toMillis(), TimeUnit.MILLISECONDS)) {
                case Answer.NewMessage(Reply reply) -> reply;
                case Answer.UpdatedMessage(Reply reply) -> reply;
                case Answer.Suggestions suggestions -> NoticeReply.FAILED;
            };
        } catch (TimeoutException tooSlow) {
            answer.cancel(true);
            return NoticeReply.TOO_SLOW;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return NoticeReply.TOO_SLOW;
        } catch (ExecutionException impossible) {
            return NoticeReply.FAILED;
        }
    }
}
