package dev.tiergate.bootstrap.config;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where Prometheus scrapes {@code /metrics}: a port of its own, bound to loopback unless
 * MANAGEMENT_HOST exposes it, and optionally a bearer token every scrape must present (never printed).
 */
public record ManagementSettings(String host, int port, Optional<String> metricsToken) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8081;
    /** An IP literal or a host name: nothing a URL or a shell would read more into. */
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.:-]{1,253}");
    /** At least 32 bytes, all of them valid in an {@code Authorization: Bearer} header (RFC 6750 token68). */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._~+/=-]{32,}");

    public ManagementSettings {
        if (!HOST.matcher(host).matches()) {
            throw new InvalidSettingException("MANAGEMENT_HOST", "must be an IP address or a host name");
        }
        if (metricsToken.isPresent() && !TOKEN.matcher(metricsToken.get()).matches()) {
            throw new InvalidSettingException("METRICS_TOKEN",
                    "must be at least 32 characters of A-Z a-z 0-9 - . _ ~ + / = (deploy/local/secrets.sh prints one)");
        }
    }

    @Override
    public String toString() {
        return "ManagementSettings[host=" + host + ", port=" + port + ", metricsToken="
                + (metricsToken.isPresent() ? "required" : "none") + "]";
    }
}
