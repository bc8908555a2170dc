package dev.tiergate.bootstrap.config;

import dev.tiergate.adapter.in.http.discord.Ed25519SignatureVerifier;
import dev.tiergate.adapter.in.nats.CallbackUrls;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Discord's HTTP interactions endpoint ({@code POST /discord/interactions}): the URL under which this
 * replica takes the initial responses of the interactions it holds open (TIERGATE_CALLBACK_URL; by
 * default its own HTTP port on loopback, which is enough while one replica both receives and answers),
 * and the hosts beyond loopback the workers send those responses to (TIERGATE_CALLBACK_HOSTS,
 * comma-separated). With several replicas, each advertises an address the others reach and every one
 * lists those hosts; the advertised URL must be one the workers accept, or they would answer Discord
 * directly after the endpoint already had.
 */
public record InteractionsEndpointSettings(Optional<URI> callbackUrl, Set<String> callbackHosts) {

    public static final String CALLBACK_PATH = "/internal/discord/interactions";
    /** A host name or an address literal as a URL writes it (IPv6 in brackets). */
    private static final Pattern HOST = Pattern.compile("[a-z0-9.-]{1,253}|\\[[0-9a-f:.]{2,45}\\]");

    public InteractionsEndpointSettings {
        callbackHosts = Set.copyOf(callbackHosts);
    }

    /** The callback base this replica advertises when its public HTTP port is {@code httpPort}. */
    public URI callbackUrlFor(int httpPort) {
        return callbackUrl.orElseGet(() -> URI.create("http://127.0.0.1:" + httpPort + CALLBACK_PATH));
    }

    /**
     * Reads TIERGATE_CALLBACK_HOSTS and TIERGATE_CALLBACK_URL, and checks that the Discord public key
     * ({@code publicKeyHex}, already 64 hex characters) is one signatures can verify under: required in
     * production; in development an unusable key (the demo value) leaves the endpoint refusing every request.
     */
    static InteractionsEndpointSettings fromEnvironment(Map<String, String> env, boolean production,
            String publicKeyHex) {
        if (production && !Ed25519SignatureVerifier.forPublicKey(publicKeyHex).usable()) {
            throw new InvalidSettingException("DISCORD_PUBLIC_KEY", "is not a usable Ed25519 public key");
        }
        Set<String> hosts = variable(env, "TIERGATE_CALLBACK_HOSTS")
                .map(list -> Arrays.stream(list.split(",")).map(String::strip)
                        .map(host -> host.toLowerCase(Locale.ROOT)).collect(Collectors.toSet()))
                .orElse(Set.of());
        if (hosts.stream().anyMatch(host -> !HOST.matcher(host).matches())) {
            throw new InvalidSettingException("TIERGATE_CALLBACK_HOSTS",
                    "must be comma-separated host names or IP addresses");
        }
        Optional<URI> url = variable(env, "TIERGATE_CALLBACK_URL").map(text -> callbackUrl(text, hosts));
        return new InteractionsEndpointSettings(url, hosts);
    }

    private static URI callbackUrl(String text, Set<String> hosts) {
        Optional<String> problem = new CallbackUrls(hosts).problem(text);
        if (problem.isPresent()) {
            throw new InvalidSettingException("TIERGATE_CALLBACK_URL", problem.get());
        }
        try {
            return new URI(text.replaceAll("/+$", ""));
        } catch (URISyntaxException impossible) {
            throw new InvalidSettingException("TIERGATE_CALLBACK_URL", "is not a URL");
        }
    }

    private static Optional<String> variable(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(value -> !value.isEmpty());
    }
}
