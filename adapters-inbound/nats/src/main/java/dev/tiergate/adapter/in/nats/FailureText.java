package dev.tiergate.adapter.in.nats;

import java.util.regex.Pattern;

/**
 * Describes a failure for a log line or a dead-letter header without its secrets: the given
 * values (interaction tokens) and anything shaped like a wallet address are masked, and the
 * stack trace is left out because a cause's message may quote them too.
 */
final class FailureText {

    private static final Pattern WALLET = Pattern.compile("0x[0-9a-fA-F]{40}");
    private static final int MAX_LENGTH = 400;
    private static final int MAX_CAUSES = 4;

    private FailureText() {
    }

    static String describe(Throwable failure, String... secrets) {
        StringBuilder text = new StringBuilder();
        Throwable current = failure;
        for (int depth = 0; current != null && depth < MAX_CAUSES; depth++, current = current.getCause()) {
            if (depth > 0) {
                text.append(" <- ");
            }
            text.append(current.getClass().getSimpleName());
            if (current.getMessage() != null) {
                text.append(": ").append(current.getMessage());
            }
        }
        String described = text.toString();
        for (String secret : secrets) {
            if (secret != null && !secret.isEmpty()) {
                described = described.replace(secret, GatewayEnvelopeParser.REDACTED);
            }
        }
        described = WALLET.matcher(described).replaceAll("0x…");
        return described.length() > MAX_LENGTH ? described.substring(0, MAX_LENGTH) + "…" : described;
    }
}
