package dev.tiergate.bootstrap.console;

import static dev.tiergate.adapter.out.discord.InteractionCallbackTypes.APPLICATION_COMMAND_AUTOCOMPLETE_RESULT;
import static dev.tiergate.adapter.out.discord.InteractionCallbackTypes.CHANNEL_MESSAGE_WITH_SOURCE;
import static dev.tiergate.adapter.out.discord.InteractionCallbackTypes.DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE;
import static dev.tiergate.adapter.out.discord.InteractionCallbackTypes.DEFERRED_UPDATE_MESSAGE;
import static dev.tiergate.adapter.out.discord.InteractionCallbackTypes.EPHEMERAL_FLAG;
import static dev.tiergate.adapter.out.discord.InteractionCallbackTypes.UPDATE_MESSAGE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads, from the local Discord stand-in, what the service posted for one interaction token, and waits
 * for the answer a user would see: the reply, the edit that completes a deferral, or the suggestions.
 */
final class StandInAnswers implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration POLL_EVERY = Duration.ofMillis(100);

    private final URI standIn;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** {@code standIn} is the stand-in's root, e.g. {@code http://127.0.0.1:8082}. */
    StandInAnswers(URI standIn) {
        this.standIn = standIn;
    }

    URI address() {
        return standIn;
    }

    /** Whether the stand-in answers at all. */
    boolean reachable() throws InterruptedException {
        try {
            return fetch("reachability-check").path("answers").isArray();
        } catch (IOException unreachable) {
            return false;
        }
    }

    /** Waits up to {@code timeout} for what the user would see for the interaction with this token. */
    Reply await(String token, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        boolean deferred = false;
        String failure = null;
        while (System.nanoTime() < deadline) {
            try {
                JsonNode answers = fetch(token).path("answers");
                failure = null;
                JsonNode lastEdit = null;
                for (JsonNode answer : answers) {
                    if (answer.path("kind").asText().equals("edit")) {
                        lastEdit = answer.path("data");
                        continue;
                    }
                    int type = answer.path("type").asInt();
                    JsonNode data = answer.path("data");
                    switch (type) {
                        case CHANNEL_MESSAGE_WITH_SOURCE, UPDATE_MESSAGE -> {
                            return new Reply.Message(data, (data.path("flags").asInt() & EPHEMERAL_FLAG) != 0);
                        }
                        case APPLICATION_COMMAND_AUTOCOMPLETE_RESULT -> {
                            return suggestions(data);
                        }
                        case DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE, DEFERRED_UPDATE_MESSAGE -> deferred = true;
                        default -> {
                        }
                    }
                }
                if (lastEdit != null) {
                    return new Reply.Message(lastEdit, deferredEphemeral(answers));
                }
            } catch (IOException unreachable) {
                failure = unreachable.getMessage();
            }
            Thread.sleep(POLL_EVERY.toMillis());
        }
        long seconds = timeout.toSeconds();
        if (failure != null) {
            return new Reply.Missing("the Discord stand-in at " + standIn + " stopped answering (" + failure + ")");
        }
        return new Reply.Missing(deferred
                ? "the service deferred its answer but did not complete it within " + seconds + " s"
                : "no answer within " + seconds + " s: is the service still running (bash deploy/local/run.sh)?");
    }

    @Override
    public void close() {
        http.close();
    }

    private static boolean deferredEphemeral(JsonNode answers) {
        for (JsonNode answer : answers) {
            if (answer.path("type").asInt() == DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE) {
                return (answer.path("data").path("flags").asInt() & EPHEMERAL_FLAG) != 0;
            }
        }
        return false;
    }

    private static Reply.Suggestions suggestions(JsonNode data) {
        List<Reply.Suggestion> choices = new ArrayList<>();
        for (JsonNode choice : data.path("choices")) {
            choices.add(new Reply.Suggestion(choice.path("name").asText(), choice.path("value").asText()));
        }
        return new Reply.Suggestions(List.copyOf(choices));
    }

    private JsonNode fetch(String token) throws IOException, InterruptedException {
        URI uri = standIn.resolve("/stand-in/interactions/" + URLEncoder.encode(token, StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode() + " from " + uri);
        }
        return JSON.readTree(response.body());
    }
}
