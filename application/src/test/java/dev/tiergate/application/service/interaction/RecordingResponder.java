package dev.tiergate.application.service.interaction;

import dev.tiergate.application.port.out.interaction.InteractionResponderPort;
import dev.tiergate.application.port.out.interaction.Reply;
import dev.tiergate.application.port.out.interaction.ReplyTarget;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A responder that records each call in order, as "respond", "defer:ephemeral" or "edit". */
final class RecordingResponder implements InteractionResponderPort {

    record Call(String kind, ReplyTarget target, Reply reply) {
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
}
