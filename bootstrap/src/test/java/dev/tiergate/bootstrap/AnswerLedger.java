package dev.tiergate.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tiergate.adapter.out.discord.LocalDiscordStandIn;
import dev.tiergate.adapter.out.discord.LocalDiscordStandIn.RecordedRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What the fake Discord received, each request stamped with when it arrived (the stand-in records no
 * time), read per interaction: its initial responses (POST {@code /interactions/{id}/{token}/callback})
 * and its edits of the original message (PATCH {@code /webhooks/{app}/{token}/messages/@original}).
 */
final class AnswerLedger implements AutoCloseable {

    /** One request and when this ledger saw it arrive. */
    record Arrival(RecordedRequest request, Instant at) {

        JsonNode body() {
            try {
                return JSON.readTree(request.body());
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration POLL = Duration.ofMillis(200);

    private final LocalDiscordStandIn discord;
    private final List<Arrival> arrivals = new CopyOnWriteArrayList<>();
    private final Thread watcher;
    private volatile boolean watching = true;

    private AnswerLedger(LocalDiscordStandIn discord) {
        this.discord = discord;
        this.watcher = Thread.ofVirtual().name("answer-ledger").start(this::watch);
    }

    /** Starts stamping what the stand-in receives from now on (earlier requests are stamped now). */
    static AnswerLedger watch(LocalDiscordStandIn discord) {
        return new AnswerLedger(discord);
    }

    /** Every initial response to the interaction so far: exactly one is the contract. */
    List<Arrival> initialResponses(GatewayMessage interaction) {
        String callback = "/interactions/" + interaction.interactionId() + "/" + interaction.token() + "/callback";
        return arrivals.stream().filter(a -> a.request().method().equals("POST") && a.request().path().endsWith(callback))
                .toList();
    }

    /** The edits of the interaction's original message so far. */
    List<Arrival> edits(GatewayMessage interaction) {
        String original = "/" + interaction.token() + "/messages/@original";
        return arrivals.stream().filter(a -> a.request().method().equals("PATCH") && a.request().path().endsWith(original))
                .toList();
    }

    /**
     * The message the member ends up seeing, as the {@code data} of a message: the last edit if there is
     * one, else the initial response's data; empty while neither arrived.
     */
    Optional<JsonNode> finalMessage(GatewayMessage interaction) {
        List<Arrival> edits = edits(interaction);
        if (!edits.isEmpty()) {
            return Optional.of(edits.getLast().body());
        }
        return initialResponses(interaction).stream().findFirst().map(a -> a.body().path("data"));
    }

    private void watch() {
        int seen = 0;
        while (watching) {
            List<RecordedRequest> all = discord.awaitRequests(seen + 1, POLL);
            Instant now = Instant.now();
            for (int i = seen; i < all.size(); i++) {
                arrivals.add(new Arrival(all.get(i), now));
            }
            seen = all.size();
        }
    }

    @Override
    public void close() throws InterruptedException {
        watching = false;
        watcher.join();
    }
}
