package dev.tiergate.adapter.in.http.discord;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** What the endpoint answers: an HTTP status and a JSON body (empty for 204). */
record EndpointReply(int status, byte[] body) {

    static final EndpointReply PONG = ok("{\"type\":1}".getBytes(StandardCharsets.UTF_8));
    static final EndpointReply UNAUTHORIZED = error(401, "invalid request signature");
    static final EndpointReply TOO_LARGE = error(413, "request body too large");
    static final EndpointReply NOT_AN_INTERACTION = error(400, "not an interaction Tiergate takes");
    static final EndpointReply UNREADABLE = error(400, "unreadable request body");
    static final EndpointReply ANSWERED_BEFORE = error(400, "interaction already answered");
    static final EndpointReply TAKEN = new EndpointReply(204, new byte[0]);
    /** Discord's own answers to an initial response it cannot take, which the workers' Discord client reads. */
    static final EndpointReply ALREADY_ACKNOWLEDGED = discordError(400, 40060,
            "Interaction has already been acknowledged.");
    static final EndpointReply UNKNOWN_INTERACTION = discordError(404, 10062, "Unknown interaction");
    static final EndpointReply INVALID_FORM_BODY = discordError(400, 50035, "Invalid Form Body");

    EndpointReply {
        body = body.clone();
    }

    static EndpointReply ok(byte[] body) {
        return new EndpointReply(200, body);
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EndpointReply that && status == that.status
                && Arrays.equals(body, that.body);
    }

    @Override
    public int hashCode() {
        return 31 * status + Arrays.hashCode(body);
    }

    @Override
    public String toString() {
        return "EndpointReply[status=" + status + ", body=" + new String(body, StandardCharsets.UTF_8) + "]";
    }

    private static EndpointReply error(int status, String text) {
        return new EndpointReply(status, ("{\"error\":\"" + text + "\"}").getBytes(StandardCharsets.UTF_8));
    }

    private static EndpointReply discordError(int status, int code, String message) {
        return new EndpointReply(status, ("{\"code\":" + code + ",\"message\":\"" + message + "\"}")
                .getBytes(StandardCharsets.UTF_8));
    }
}
