package dev.tiergate.bootstrap.config;

import dev.tiergate.adapter.out.nats.NatsErrorLog;
import io.nats.client.Nats;
import io.nats.client.Options;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** How to reach NATS: the server URL and, in production, the credentials (never printed). */
public record NatsSettings(URI url, Optional<String> user, Optional<String> password, Optional<String> token,
        Optional<String> credentialsFile) {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

    /**
     * Connection options with the server, a 5 s connect timeout, the client's reports in the service's
     * log ({@link NatsErrorLog}) and whichever credentials are set,
     * under {@code connectionName} (as the server's monitoring shows it); each caller adds its own
     * reconnect policy.
     */
    public Options.Builder options(String connectionName) {
        Options.Builder options = new Options.Builder()
                .server(url.toString())
                .connectionName(connectionName)
                .connectionTimeout(CONNECT_TIMEOUT)
                .errorListener(new NatsErrorLog());
        user.ifPresent(name -> options.userInfo(name, password.orElse("")));
        token.ifPresent(secret -> options.token(secret.toCharArray()));
        credentialsFile.ifPresent(file -> options.authHandler(Nats.credentials(file)));
        return options;
    }

    @Override
    public String toString() {
        return "NatsSettings[url=" + url.getScheme() + "://" + url.getHost() + ":" + url.getPort() + "]";
    }
}
