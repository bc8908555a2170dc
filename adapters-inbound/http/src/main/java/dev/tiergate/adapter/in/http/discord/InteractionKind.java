package dev.tiergate.adapter.in.http.discord;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of interaction Discord posts besides PING, by their type number and their name in the
 * wire envelope, and the initial responses the endpoint gives by itself: a deferral when no answer
 * reached it in time (ephemeral, since which commands answer publicly is the workers' business; a
 * deferred update for a click; no choices for autocomplete, which cannot be deferred), and a short
 * notice when the workers cannot be reached at all.
 */
enum InteractionKind {

    COMMAND(2, "ApplicationCommand", Bodies.DEFERRED_EPHEMERAL, Bodies.NOTICE),
    COMPONENT(3, "MessageComponent", "{\"type\":6}", Bodies.NOTICE),
    AUTOCOMPLETE(4, "ApplicationCommandAutocomplete", Bodies.NO_CHOICES, Bodies.NO_CHOICES),
    MODAL_SUBMIT(5, "ModalSubmit", Bodies.DEFERRED_EPHEMERAL, Bodies.NOTICE);

    private final int type;
    private final String wireName;
    private final byte[] deferral;
    private final byte[] unavailable;

    InteractionKind(int type, String wireName, String deferral, String unavailable) {
        this.type = type;
        this.wireName = wireName;
        this.deferral = deferral.getBytes(StandardCharsets.UTF_8);
        this.unavailable = unavailable.getBytes(StandardCharsets.UTF_8);
    }

    /** The kind of Discord's {@code type} number; empty for PING and anything Tiergate does not take. */
    static Optional<InteractionKind> of(JsonNode type) {
        return type != null && type.isInt()
                ? Arrays.stream(values()).filter(kind -> kind.type == type.intValue()).findFirst()
                : Optional.empty();
    }

    /** The {@code interaction_type} of the wire envelope. */
    String wireName() {
        return wireName;
    }

    byte[] deferral() {
        return deferral.clone();
    }

    byte[] unavailable() {
        return unavailable.clone();
    }

    /** The bodies several kinds share. */
    private static final class Bodies {
        static final String DEFERRED_EPHEMERAL = "{\"type\":5,\"data\":{\"flags\":64}}";
        static final String NO_CHOICES = "{\"type\":8,\"data\":{\"choices\":[]}}";
        static final String NOTICE = "{\"type\":4,\"data\":{\"content\":\"Tiergate could not take this right now, "
                + "please try again in a moment.\",\"flags\":64,\"allowed_mentions\":{\"parse\":[]}}}";
    }
}
