package dev.tiergate.bootstrap.wiring;

import dev.tiergate.adapter.in.http.discord.CallbackAddress;
import dev.tiergate.adapter.in.http.discord.Ed25519SignatureVerifier;
import dev.tiergate.adapter.out.nats.NatsInteractionQueueAdapter;
import dev.tiergate.application.port.in.interaction.QueueInteractionUseCase;
import dev.tiergate.application.port.out.interaction.InteractionQueuePort;
import dev.tiergate.application.service.interaction.QueueInteractionService;
import dev.tiergate.bootstrap.config.TiergateSettings;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Factory;
import io.micronaut.runtime.server.EmbeddedServer;
import io.nats.client.Connection;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Discord's HTTP interactions endpoint: the public key its requests are verified with, the callback
 * address this replica advertises to the workers, and the queue it hands interactions to (JetStream).
 */
@Factory
class DiscordInteractionsFactory {

    /** The endpoint holds Discord's request open while it publishes: a broker slower than this gets a notice. */
    private static final Duration PUBLISH_TIMEOUT = Duration.ofSeconds(1);
    private static final Logger LOG = LoggerFactory.getLogger(DiscordInteractionsFactory.class);

    @Singleton
    InteractionQueuePort interactionQueue(Connection connection) {
        return new NatsInteractionQueueAdapter(connection, PUBLISH_TIMEOUT);
    }

    @Singleton
    QueueInteractionUseCase queueInteraction(InteractionQueuePort queue) {
        return new QueueInteractionService(queue);
    }

    @Singleton
    Ed25519SignatureVerifier discordSignatures(TiergateSettings settings) {
        Ed25519SignatureVerifier verifier = Ed25519SignatureVerifier.forPublicKey(settings.discordPublicKey());
        if (!verifier.usable()) {
            LOG.warn("DISCORD_PUBLIC_KEY is not a usable Ed25519 public key (the demo value?): "
                    + "POST /discord/interactions refuses every request");
        }
        return verifier;
    }

    /** The configured callback URL, else this replica's public HTTP port on loopback (the port bound, when 0 was asked). */
    @Singleton
    CallbackAddress callbackAddress(TiergateSettings settings, BeanProvider<EmbeddedServer> server) {
        return () -> settings.interactionsEndpoint().callbackUrlFor(
                settings.httpPort() != 0 ? settings.httpPort() : server.get().getPort());
    }
}
