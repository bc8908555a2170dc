package dev.tiergate.application.service.interaction;

import dev.tiergate.application.port.in.interaction.AnswerInteractionUseCase;
import dev.tiergate.application.port.in.interaction.Delivery;
import dev.tiergate.application.port.in.interaction.InteractionOutcome;
import dev.tiergate.application.port.in.interaction.InteractionRequest;
import dev.tiergate.application.port.in.interaction.MemberCommand;
import dev.tiergate.application.port.out.interaction.Choice;
import dev.tiergate.application.port.out.interaction.InteractionProgress;
import dev.tiergate.application.port.out.interaction.InteractionProgressPort;
import dev.tiergate.application.port.out.interaction.InteractionResponderPort;
import dev.tiergate.application.port.out.interaction.Reply;
import dev.tiergate.application.port.out.interaction.ReplyNotDeliveredException;
import dev.tiergate.application.port.out.interaction.ReplyNotDeliveredException.Refusal;
import dev.tiergate.application.port.out.interaction.ReplyTarget;
import dev.tiergate.application.port.out.metrics.InteractionMetricsPort;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Answers an interaction once within Discord's 3 seconds, however often it is delivered. The first
 * delivery claims it ({@link InteractionProgressPort}) and composes the answer while the clock runs:
 * ready in time, it is the initial response; otherwise the interaction is deferred and the answer
 * edited in. A later delivery continues from what was recorded: an answered interaction is left alone,
 * a deferred one gets its edit, and one whose initial response may or may not have reached Discord is
 * edited, or answered afresh if Discord never saw it and it is still young enough.
 */
public final class AnswerInteractionService implements AnswerInteractionUseCase {

    private static final System.Logger LOG = System.getLogger(AnswerInteractionService.class.getName());

    private final ReplyComposer composer;
    private final InteractionResponderPort responder;
    private final InteractionProgressPort progress;
    private final InteractionMetricsPort metrics;
    private final Executor executor;
    private final Clock clock;
    private final AnswerTiming timing;

    public AnswerInteractionService(ReplyComposer composer, InteractionResponderPort responder,
            InteractionProgressPort progress, InteractionMetricsPort metrics, Executor executor, Clock clock,
            AnswerTiming timing) {
        this.composer = composer;
        this.responder = responder;
        this.progress = progress;
        this.metrics = metrics;
        this.executor = executor;
        this.clock = clock;
        this.timing = timing;
    }

    @Override
    public InteractionOutcome answer(InteractionRequest request, Delivery delivery) {
        Instant started = clock.instant();
        metrics.interactionReceived(CommandLabel.of(request.command()));
        InteractionOutcome outcome = answerOnce(request, delivery);
        metrics.interactionFinished(CommandLabel.of(request.command()), outcome.label(),
                Duration.between(started, clock.instant()));
        return outcome;
    }

    private InteractionOutcome answerOnce(InteractionRequest request, Delivery delivery) {
        String id = request.ref().interactionId();
        try {
            if (progress.claim(id)) {
                return answerFirst(request, delivery);
            }
            // Nothing recorded although the claim failed: the record expired or its store changed; assume the worst.
            return switch (progress.progressOf(id).orElse(InteractionProgress.RESPONDING)) {
                case ANSWERED -> InteractionOutcome.ALREADY_ANSWERED;
                case DEFERRED -> finishAfterDeferral(request, compose(request, delivery));
                case RESPONDING -> request.command() instanceof MemberCommand.Suggest
                        ? InteractionOutcome.ALREADY_ANSWERED
                        : continueUncertain(request, delivery);
            };
        } catch (ReplyNotDeliveredException undelivered) {
            LOG.log(System.Logger.Level.WARNING, "Interaction {0}: {1}", id, undelivered.getMessage());
            return switch (undelivered.refusal()) {
                case RETRYABLE -> new InteractionOutcome.RetryLater(undelivered.retryAfter());
                case EXPIRED -> InteractionOutcome.EXPIRED;
                case ALREADY_ANSWERED, REFUSED -> InteractionOutcome.NOT_DELIVERED;
            };
        } catch (ComposeFailed failed) {
            return new InteractionOutcome.RetryLater(Optional.empty());
        }
    }

    /** The first delivery: an initial response with the answer if it is ready in time, else a deferral. */
    private InteractionOutcome answerFirst(InteractionRequest request, Delivery delivery) {
        Duration age = ageOf(request);
        if (age.compareTo(timing.expireAfter()) >= 0 && request.ref().callbackBase().isPresent()) {
            return continueAfterEndpointDeferral(request, delivery);
        }
        if (age.compareTo(timing.expireAfter()) >= 0) {
            LOG.log(System.Logger.Level.WARNING, "Interaction {0} arrived {1} ms after creation: too late to answer",
                    request.ref().interactionId(), age.toMillis());
            return InteractionOutcome.EXPIRED;
        }
        CompletableFuture<Answer> answer = compose(request, delivery);
        Optional<Answer> ready;
        try {
            ready = within(answer, timing.waitBeforeDeferring(age));
        } catch (ComposeFailed failed) {
            // Defer, so the member sees "thinking…" while the next delivery tries again and edits the answer in.
            defer(request);
            remember(request, InteractionProgress.DEFERRED);
            throw failed;
        }
        if (ready.isEmpty()) {
            if (request.command() instanceof MemberCommand.Suggest) {
                answer.cancel(true);
                return sendInitial(request, new Answer.Suggestions(List.of()));
            }
            defer(request);
            remember(request, InteractionProgress.DEFERRED);
            return finishAfterDeferral(request, answer);
        }
        return sendInitial(request, ready.get());
    }

    /**
     * Too old for an initial response, but it came through an HTTP interactions endpoint, which always
     * gives Discord an initial response in time and, when no answer reached it, a deferral (no choices
     * for autocomplete): edit the answer in. If nobody deferred it, the edit finds it gone (expired).
     */
    private InteractionOutcome continueAfterEndpointDeferral(InteractionRequest request, Delivery delivery) {
        if (request.command() instanceof MemberCommand.Suggest) {
            remember(request, InteractionProgress.ANSWERED);
            return InteractionOutcome.ALREADY_ANSWERED;
        }
        remember(request, InteractionProgress.DEFERRED);
        return finishAfterDeferral(request, compose(request, delivery));
    }

    /**
     * An earlier delivery claimed the interaction but did not record how its initial response went:
     * editing the original works if Discord took it; if Discord never did, answer afresh while there is time.
     */
    private InteractionOutcome continueUncertain(InteractionRequest request, Delivery delivery) {
        Answer answer = awaitAnswer(compose(request, delivery));
        try {
            responder.editOriginal(target(request), replyOf(answer));
        } catch (ReplyNotDeliveredException undelivered) {
            if (undelivered.refusal() != Refusal.EXPIRED
                    || ageOf(request).compareTo(timing.expireAfter()) >= 0) {
                throw undelivered;
            }
            return sendInitial(request, answer);
        }
        remember(request, InteractionProgress.ANSWERED);
        return InteractionOutcome.ANSWERED_AFTER_DEFER;
    }

    /** Sends the answer as the initial response; if another delivery got there first, edits it in instead. */
    private InteractionOutcome sendInitial(InteractionRequest request, Answer answer) {
        ReplyTarget target = target(request);
        try {
            switch (answer) {
                case Answer.NewMessage(Reply reply) -> responder.respond(target, reply);
                case Answer.UpdatedMessage(Reply reply) -> responder.update(target, reply);
                case Answer.Suggestions(List<Choice> choices) -> responder.suggest(target, choices);
            }
        } catch (ReplyNotDeliveredException undelivered) {
            if (undelivered.refusal() != Refusal.ALREADY_ANSWERED || answer instanceof Answer.Suggestions) {
                throw undelivered;
            }
            responder.editOriginal(target, replyOf(answer));
            remember(request, InteractionProgress.ANSWERED);
            return InteractionOutcome.ANSWERED_AFTER_DEFER;
        }
        acknowledged(request);
        remember(request, InteractionProgress.ANSWERED);
        return InteractionOutcome.ANSWERED;
    }

    /**
     * Acknowledges without an answer yet: a click keeps its message until the edit, a command shows
     * "thinking…". Already acknowledged (by a delivery that left no record) is just as good.
     */
    private void defer(InteractionRequest request) {
        ReplyTarget target = target(request);
        try {
            if (request.command() instanceof MemberCommand.Click) {
                responder.deferUpdate(target);
            } else {
                responder.defer(target, request.command().ephemeral());
            }
            acknowledged(request);
        } catch (ReplyNotDeliveredException undelivered) {
            if (undelivered.refusal() != Refusal.ALREADY_ANSWERED) {
                throw undelivered;
            }
        }
    }

    private InteractionOutcome finishAfterDeferral(InteractionRequest request, CompletableFuture<Answer> answer) {
        responder.editOriginal(target(request), replyOf(awaitAnswer(answer)));
        remember(request, InteractionProgress.ANSWERED);
        return InteractionOutcome.ANSWERED_AFTER_DEFER;
    }

    /**
     * Composes on the executor. A failure (a database outage, say) is retried by a later delivery, so it
     * only becomes the "something went wrong" notice on the last one; autocomplete is never retried.
     */
    private CompletableFuture<Answer> compose(InteractionRequest request, Delivery delivery) {
        boolean retried = !delivery.last() && !(request.command() instanceof MemberCommand.Suggest);
        return CompletableFuture.supplyAsync(() -> {
            try {
                return composer.compose(request, delivery);
            } catch (RuntimeException failure) {
                LOG.log(System.Logger.Level.ERROR, "Interaction " + request.ref().interactionId() + " failed on "
                        + "delivery " + delivery.attempt() + (retried ? "; it is retried" : ""), failure);
                if (retried) {
                    throw new ComposeFailed();
                }
                return request.command() instanceof MemberCommand.Suggest ? new Answer.Suggestions(List.of())
                        : new Answer.NewMessage(NoticeReply.FAILED);
            }
        }, executor);
    }

    /** The answer if it is ready within {@code wait}, empty if not. */
    private static Optional<Answer> within(CompletableFuture<Answer> answer, Duration wait) {
        try {
            return Optional.of(answer.get(Math.max(0, wait.toMillis()), TimeUnit.MILLISECONDS));
        } catch (TimeoutException slow) {
            return Optional.empty();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new ComposeFailed();
        } catch (ExecutionException failed) {
            throw new ComposeFailed();
        }
    }

    /** The answer, waiting up to the edit window; past it, a notice that it took too long. */
    private Answer awaitAnswer(CompletableFuture<Answer> answer) {
        Optional<Answer> ready = within(answer, timing.editWithin());
        if (ready.isEmpty()) {
            answer.cancel(true);
            return new Answer.NewMessage(NoticeReply.TOO_SLOW);
        }
        return ready.get();
    }

    private static Reply replyOf(Answer answer) {
        return switch (answer) {
            case Answer.NewMessage(Reply reply) -> reply;
            case Answer.UpdatedMessage(Reply reply) -> reply;
            case Answer.Suggestions suggestions -> NoticeReply.FAILED;
        };
    }

    /** Records a step; a store that fails here costs at most a repeated edit on a later delivery. */
    private void remember(InteractionRequest request, InteractionProgress step) {
        try {
            progress.record(request.ref().interactionId(), step);
        } catch (RuntimeException failure) {
            LOG.log(System.Logger.Level.WARNING, "Interaction {0}: could not record {1}: {2}",
                    request.ref().interactionId(), step, failure.toString());
        }
    }

    /** Discord has this interaction's initial response or deferral from us: how old was it then? */
    private void acknowledged(InteractionRequest request) {
        metrics.interactionAcknowledged(CommandLabel.of(request.command()), ageOf(request));
    }

    private Duration ageOf(InteractionRequest request) {
        return Duration.between(request.createdAt(), clock.instant());
    }

    private static ReplyTarget target(InteractionRequest request) {
        return new ReplyTarget(request.ref().interactionId(), request.ref().token(), request.ref().applicationId(),
                request.ref().callbackBase());
    }

    /** Composing failed and a later delivery will try again; its cause is already logged. */
    private static final class ComposeFailed extends RuntimeException {

        ComposeFailed() {
            super("composing the answer failed", null, false, false);
        }
    }
}
