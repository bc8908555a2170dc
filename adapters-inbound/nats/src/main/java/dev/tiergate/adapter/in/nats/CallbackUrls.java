package dev.tiergate.adapter.in.nats;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the optional {@code data.callback_url} of an interaction: the HTTP interactions endpoint that
 * holds Discord's request open and takes the initial response. The worker sends the interaction token
 * there, so only an http or https URL on a loopback host or on one of the {@code allowedHosts} is
 * taken, without user info, query or fragment; anything else is ignored with a warning (the answer
 * then goes to Discord directly), never a reason to drop the interaction.
 */
public record CallbackUrls(Set<String> allowedHosts) {

    static final int MAX_LENGTH = 512;
    private static final Logger LOG = LoggerFactory.getLogger(CallbackUrls.class);

    /** Callback URLs on loopback and on {@code allowedHosts} (host names or address literals, any case). */
    public CallbackUrls {
        allowedHosts = allowedHosts.stream().map(host -> host.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The callback base without a trailing slash, or empty when absent or not acceptable. */
    Optional<URI> read(JsonNode value, String interactionId) {
        if (GatewayEnvelopeParser.absent(value)) {
            return Optional.empty();
        }
        Optional<String> problem = value.isTextual() ? problem(value.textValue()) : Optional.of("is not a string");
        if (problem.isPresent()) {
            LOG.warn("Interaction {}: callback_url ignored, it {}; the answer goes to Discord directly", interactionId,
                    problem.get());
            return Optional.empty();
        }
        return Optional.of(URI.create(value.textValue().replaceAll("/+$", "")));
    }

    /** Why a worker would ignore {@code text} as a callback URL, or empty when it would take it. */
    public Optional<String> problem(String text) {
        if (text.length() > MAX_LENGTH) {
            return Optional.of("is longer than " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException malformed) {
            return Optional.of("is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("is not an http or https URL");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawQuery() != null
                || uri.getRawFragment() != null) {
            return Optional.of("must name a host and carry no user info, query or fragment");
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        return loopback(host) || allowedHosts.contains(host) ? Optional.empty()
                : Optional.of("names a host that is neither loopback nor in TIERGATE_CALLBACK_HOSTS");
    }

    /** localhost or a loopback address literal; a name is never resolved. */
    static boolean loopback(String host) {
        if (host.equals("localhost")) {
            return true;
        }
        String literal = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        try {
            return InetAddress.ofLiteral(literal).isLoopbackAddress();
        } catch (IllegalArgumentException notALiteral) {
            return false;
        }
    }
}
