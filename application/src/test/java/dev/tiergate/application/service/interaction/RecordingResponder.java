package dev.tiergate.application.service.interaction;

import dev.tiergate.application.port.out.interaction.Choice;
import dev.tiergate.application.port.out.interaction.InteractionResponderPort;
import dev.tiergate.application.port.out.interaction.Reply;
import dev.tiergate.application.port.out.interaction.ReplyTarget;
import java.util.List;
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

    @Override
    public void respond(ReplyTarget target, Reply reply) {
        calls.add(new Call("respond", target, reply));
    }

    @Override
    public void defer(ReplyTarget target, boolean ephemeral) {
        calls.add(new Call(ephemeral ? "defer:ephemeral" : "defer:public", target, null));
    }

    @Override
    public void editOriginal(ReplyTarget target, Reply reply) {
        calls.add(new Call("edit", target, reply));
    }

    @Override
    public void update(ReplyTarget target, Reply reply) {
        calls.add(new Call("update", target, reply));
    }

    @Override
    public void deferUpdate(ReplyTarget target) {
        calls.add(new Call("defer-update", target, null));
    }

    @Override
    public void suggest(ReplyTarget target, List<Choice> choices) {
        calls.add(new Call("suggest", target, null, List.copyOf(choices)));
    }
}
