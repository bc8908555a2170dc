package dev.tiergate.adapter.in.nats;

import dev.tiergate.application.port.in.interaction.InteractionRequest;

/**
 * The NATS listener's reading of one interaction envelope (its parser, then its router), opened to the
 * benchmarks from the adapter's own package so they run the shipped code without reflection: a change
 * of shape there fails this module's compilation, not a benchmark run.
 */
public final class InteractionReading {

    private final GatewayEnvelopeParser parser = new GatewayEnvelopeParser();
    private final SlashCommandRouter router;

    public InteractionReading(String applicationId) {
        this.router = new SlashCommandRouter(applicationId);
    }

    /** The request the listener would answer; throws when the listener would dead-letter the envelope. */
    public InteractionRequest read(byte[] envelope) {
        return accepted(router.route(accepted(parser.parse(envelope))));
    }

    private static <T> T accepted(Decoded<T> decoded) {
        return switch (decoded) {
            case Decoded.Accepted<T> accepted -> accepted.value();
            case Decoded.Poison<T> poison -> throw new IllegalStateException("the envelope is poison: "
                    + poison.reason());
        };
    }
}
