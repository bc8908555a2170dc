package dev.tiergate.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** C15: the management listener, which alone serves /metrics, stays on loopback unless MANAGEMENT_HOST says otherwise. */
class MicronautPropertiesTest {

    private static final String LISTENERS = "micronaut.server.netty.listeners.";

    @Test
    void inDevelopmentBothListenersBindLoopbackAndMetricsLiveOnTheManagementPortOnly() {
        Map<String, Object> properties = MicronautProperties.from(TiergateSettings.fromEnvironment(Map.of()));

        assertThat(properties).containsEntry(LISTENERS + "http.host", "127.0.0.1")
                .containsEntry(LISTENERS + "http.port", 8080)
                .containsEntry(LISTENERS + "management.host", "127.0.0.1")
                .containsEntry(LISTENERS + "management.port", 8081)
                .containsEntry(LISTENERS + "management.expose-default-routes", false)
                .containsEntry("endpoints.all.port", 8081)
                .containsEntry("endpoints.prometheus.path", "metrics")
                .doesNotContainKey(MicronautProperties.METRICS_TOKEN);
    }

    @Test
    void inProductionThePublicListenerBindsEveryInterfaceButTheManagementOneStaysOnLoopback() {
        Map<String, Object> properties = MicronautProperties.from(
                TiergateSettings.fromEnvironment(ProductionEnvironment.complete()));

        assertThat(properties).containsEntry(LISTENERS + "http.host", "0.0.0.0")
                .containsEntry(LISTENERS + "management.host", "127.0.0.1");
    }

    @Test
    void managementHostExposesTheManagementListenerAndTheTokenGuardsIt() {
        Map<String, String> env = ProductionEnvironment.complete();
        env.put("MANAGEMENT_HOST", "0.0.0.0");
        env.put("METRICS_TOKEN", "Zx9-kq3T0sVY5r8m2WbQ1xJd7nLc4aPz6uHe_fGi0oR");

        Map<String, Object> properties = MicronautProperties.from(TiergateSettings.fromEnvironment(env));

        assertThat(properties).containsEntry(LISTENERS + "management.host", "0.0.0.0")
                .containsEntry(MicronautProperties.METRICS_TOKEN, "Zx9-kq3T0sVY5r8m2WbQ1xJd7nLc4aPz6uHe_fGi0oR");
    }
}
