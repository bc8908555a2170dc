package dev.tiergate.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.bootstrap.config.TiergateSettings;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * C15: /metrics is served on the management port only, which listens on loopback unless told
 * otherwise, and with a metrics token configured a scrape without it is refused.
 */
class MetricsAccessSystemIT {

    /** ::ffff:0:0/96 as /proc/net/tcp6 writes it, four little-endian words. */
    private static final String IPV4_MAPPED = "0000000000000000FFFF0000";
    private static final String TOKEN = "mT0k-" + "q7Vx2LsY9bNc4RzW8dHf1Jp6KtAe3GuQ0oIy5mXn";
    private static RunningTiergate tiergate;
    private static int managementPort;

    @BeforeAll
    static void startWithAMetricsToken() throws Exception {
        tiergate = new RunningTiergate(Map.of("METRICS_TOKEN", TOKEN));
        managementPort = tiergate.bean(TiergateSettings.class).management().port();
    }

    @AfterAll
    static void stop() throws Exception {
        tiergate.close();
    }

    @Test
    void aScrapeWithoutTheTokenOrWithAnotherIsRefusedAndOnlyTheTokenIsServed() throws Exception {
        for (String[] headers : new String[][] {{}, {"Authorization", "Bearer " + TOKEN.substring(1)},
            {"Authorization", "Bearer " + TOKEN + "x"}, {"Authorization", TOKEN}, {"Authorization", "Basic " + TOKEN}}) {
            HttpResponse<String> refused = RunningTiergate.send(managementPort, "/metrics", headers);
            assertThat(refused.statusCode()).as(String.join(": ", headers)).isEqualTo(401);
            assertThat(refused.body()).isEqualTo("{\"error\":\"unauthorized\"}");
        }

        for (String path : new String[] {"/metrics/", "//metrics", "/metrics?format=text"}) {
            assertThat(RunningTiergate.send(managementPort, path).statusCode()).as(path).isEqualTo(401);
        }

        HttpResponse<String> served = RunningTiergate.send(managementPort, "/metrics", "Authorization", "Bearer " + TOKEN);
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.body()).contains("# TYPE jvm_threads_live_threads gauge");
    }

    @Test
    void thePublicPortServesNoMetricsAndTheManagementPortNothingButMetrics() throws Exception {
        String bearer = "Bearer " + TOKEN;
        int httpPort = tiergate.bean(TiergateSettings.class).httpPort();
        for (String path : new String[] {"/metrics", "/prometheus"}) {
            HttpResponse<String> onThePublicPort = RunningTiergate.send(httpPort, path, "Authorization", bearer);
            assertThat(onThePublicPort.statusCode()).as(path).isEqualTo(404);
            assertThat(onThePublicPort.body()).doesNotContain("jvm_");
        }
        assertThat(RunningTiergate.send(managementPort, "/health/live", "Authorization", bearer).statusCode())
                .isEqualTo(404);
        assertThat(RunningTiergate.send(managementPort, "/prometheus", "Authorization", bearer).statusCode())
                .isEqualTo(404);
    }

    @Test
    void theManagementPortListensOnLoopbackOnlyByDefault() throws IOException {
        assertThat(listeningAddresses(managementPort)).containsExactly("127.0.0.1");
    }

    /** The local addresses of the sockets listening on {@code port}, as the kernel lists them (IPv6 ones in hex). */
    private static Set<String> listeningAddresses(int port) throws IOException {
        String hexPort = String.format(Locale.ROOT, "%04X", port);
        Set<String> addresses = new HashSet<>();
        for (String table : new String[] {"/proc/net/tcp", "/proc/net/tcp6"}) {
            List<String> sockets = Files.readAllLines(Path.of(table));
            for (String line : sockets.subList(1, sockets.size())) {
                String[] fields = line.trim().split("\\s+");
                String[] local = fields[1].split(":");
                if (local[1].equals(hexPort) && fields[3].equals("0A")) { // 0A: LISTEN
                    addresses.add(address(local[0]));
                }
            }
        }
        return addresses;
    }

    /** An IPv4 address, also when IPv4-mapped on an IPv6 socket; any other IPv6 address stays kernel hex. */
    private static String address(String hex) {
        if (hex.length() == 8) {
            return ipv4(hex);
        }
        return hex.startsWith(IPV4_MAPPED) ? ipv4(hex.substring(IPV4_MAPPED.length())) : hex;
    }

    /** /proc/net/tcp writes an IPv4 address as one little-endian hex word. */
    private static String ipv4(String hex) {
        int word = (int) Long.parseLong(hex, 16);
        return (word & 0xFF) + "." + (word >> 8 & 0xFF) + "." + (word >> 16 & 0xFF) + "." + (word >>> 24);
    }
}
