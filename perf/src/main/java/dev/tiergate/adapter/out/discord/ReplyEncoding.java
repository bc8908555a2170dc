package dev.tiergate.adapter.out.discord;

import dev.tiergate.application.port.out.interaction.Reply;

/**
 * The Discord adapter's encoding of an initial response (its renderer, then its JSON writer), opened to
 * the benchmarks from the adapter's own package: the work of a reply short of the HTTP call.
 */
public final class ReplyEncoding {

    private final MessageRenderer renderer = new MessageRenderer();

    /** The request body the adapter would POST to Discord's callback route. */
    public byte[] encode(Reply reply) {
        return DiscordHttp.write(renderer.respond(reply));
    }
}
