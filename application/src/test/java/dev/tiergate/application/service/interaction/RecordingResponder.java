package dev.tiergate.application.service.interaction;

import dev.tiergate.application.port.out.interaction.Choice;
import dev.tiergate.application.port.out.interaction.InteractionResponderPort;
import dev.tiergate.application.port.out.interaction.Reply;
import dev.tiergate.application.port.out.interaction.ReplyNotDeliveredException;
import dev.tiergate.application.port.out.interaction.ReplyTarget;
import java.time.Duration;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A responder that records each call in order, as "respond", "defer:ephemeral", "edit", "update",
 * "defer-update" or "suggest" (with the choices).
 */
final class RecordingResponder implements InteractionResponderPort {

    record Call(String kind, ReplyTarget target, Reply reply, List<Choice> choices) {
        Call(String kind, ReplyTarget target, Reply reply) {
            this(kind, target, reply, List.of());
        }
    }

    final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<ReplyNotDeliveredException.Refusal>> refusals = new ConcurrentHashMap<>();

    /** The next call of this kind ("respond", "defer", "edit", …) is recorded, then refused so. */
    void refuseNext(String kind, ReplyNotDeliveredException.Refusal refusal) {
        refusals.computeIfAbsent(kind, k -> new ConcurrentLinkedDeque<>()).add(refusal);
    }

    private void record(String kind, Call call) {
        calls.add(call);
        ReplyNotDeliveredException.Refusal refusal = Optional.ofNullable(refusals.get(kind)).map(Deque::poll)
                .orElse(null);
        if (refusal != null) {
            throw new ReplyNotDeliveredException("refused " + kind, refusal,
                    refusal == ReplyNotDeliveredException.Refusal.RETRYABLE ? Optional.of(Duration.ofSeconds(2))
                            : Optional.empty());
        }
    }

    @Override
    public void respond(ReplyTarget target, Reply reply) {
        record("respond", new Call("respond", target, reply));
    }

    @Override
    public void defer(ReplyTarget target, boolean ephemeral) {
        record("defer", new Call(ephemeral ? "defer:ephemeral" : "defer:public", target, null));
    }

    @Override
    public void editOriginal(ReplyTarget target, Reply reply) {
        record("edit", new Call("edit", target, reply));
    }

    @Override
    public void update(ReplyTarget target, Reply reply) {
        record("update", new Call("update", target, reply));
    }

    @Override
    public void deferUpdate(ReplyTarget target) {
        record("defer-update", new Call("defer-update", target, null));
    }

    @Override
    public void suggest(ReplyTarget target, List<Choice> choices) {
        record("suggest", new Call("suggest", target, null, List.copyOf(choices)));
    }
}
