package dev.tiergate.bootstrap.config;

import java.net.URI;
import java.util.Optional;

/** How to reach NATS: the server URL and, in production, the credentials (never printed). */
public record NatsSettings(URI url, Optional<String> user, Optional<String> password, Optional<String> token,
        Optional<String> credentialsFile) {

    @Override
    public String toString() {
        return "NatsSettings[url=" + url.getScheme() + "://" + url.getHost() + ":" + url.getPort() + "]";
    }
}
