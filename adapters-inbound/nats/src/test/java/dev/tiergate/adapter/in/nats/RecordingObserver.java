package dev.tiergate.adapter.in.nats;

import java.util.ArrayList;
import java.util.List;

/** Keeps what the listeners reported, one line per call, such as {@code deadLettered COMMANDS poison}. */
final class RecordingObserver implements MessagePathObserver {

    private final List<String> calls = new ArrayList<>();

    @Override
    public synchronized void deadLettered(String stream, DeadLetterCause cause) {
        calls.add("deadLettered " + stream + " " + cause.label());
    }

    @Override
    public synchronized void retried(String stream) {
        calls.add("retried " + stream);
    }

    @Override
    public synchronized void redelivered(String stream) {
        calls.add("redelivered " + stream);
    }

    @Override
    public synchronized void dropped(String stream, DropCause cause) {
        calls.add("dropped " + stream + " " + cause.label());
    }

    synchronized List<String> calls() {
        return List.copyOf(calls);
    }
}
