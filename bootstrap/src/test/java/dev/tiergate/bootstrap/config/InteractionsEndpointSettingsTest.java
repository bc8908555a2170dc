package dev.tiergate.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InteractionsEndpointSettingsTest {

    private static final String USABLE_KEY = "cd".repeat(32);
    private static final String DEMO_KEY = "0".repeat(64);

    @Test
    void byDefaultTheCallbackIsThisReplicasHttpPortOnLoopbackAndOnlyLoopbackIsTrusted() {
        InteractionsEndpointSettings settings = InteractionsEndpointSettings.fromEnvironment(Map.of(), false, DEMO_KEY);

        assertThat(settings.callbackUrlFor(8080))
                .isEqualTo(URI.create("http://127.0.0.1:8080/internal/discord/interactions"));
        assertThat(settings.callbackHosts()).isEmpty();
    }

    @Test
    void aCallbackUrlOnAListedHostIsAdvertisedWithoutItsTrailingSlash() {
        InteractionsEndpointSettings settings = InteractionsEndpointSettings.fromEnvironment(Map.of(
                "TIERGATE_CALLBACK_HOSTS", " Tiergate-1.internal, tiergate-2.internal ,[fd00::7]",
                "TIERGATE_CALLBACK_URL", "https://tiergate-1.internal:8443/internal/discord/interactions/"),
                false, DEMO_KEY);

        assertThat(settings.callbackHosts()).isEqualTo(Set.of("tiergate-1.internal", "tiergate-2.internal", "[fd00::7]"));
        assertThat(settings.callbackUrlFor(8080))
                .isEqualTo(URI.create("https://tiergate-1.internal:8443/internal/discord/interactions"));
    }

    @Test
    void aCallbackUrlTheWorkersWouldIgnoreIsRefusedByNameWithoutItsValue() {
        for (String url : new String[] {"https://elsewhere.example/cb", "ftp://127.0.0.1/cb",
                "http://user:secret-pw@127.0.0.1/cb", "http://127.0.0.1/cb?x=1", "::not a url"}) {
            assertThatThrownBy(() -> InteractionsEndpointSettings.fromEnvironment(
                    Map.of("TIERGATE_CALLBACK_URL", url), false, DEMO_KEY))
                    .as(url).isInstanceOf(InvalidSettingException.class)
                    .hasMessageStartingWith("TIERGATE_CALLBACK_URL ").hasMessageNotContaining("secret-pw");
        }
    }

    @Test
    void callbackHostsMustBeHostNamesOrAddresses() {
        for (String hosts : new String[] {"a.internal,,b.internal", "http://a.internal", "a b", "a.internal/x"}) {
            assertThatThrownBy(() -> InteractionsEndpointSettings.fromEnvironment(
                    Map.of("TIERGATE_CALLBACK_HOSTS", hosts), false, DEMO_KEY))
                    .as(hosts).isInstanceOf(InvalidSettingException.class)
                    .hasMessageStartingWith("TIERGATE_CALLBACK_HOSTS ");
        }
    }

    @Test
    void productionRefusesAPublicKeyNoSignatureCanVerifyUnderWhileDevelopmentOnlyWarns() {
        assertThatThrownBy(() -> InteractionsEndpointSettings.fromEnvironment(Map.of(), true, DEMO_KEY))
                .isInstanceOf(InvalidSettingException.class).hasMessage("DISCORD_PUBLIC_KEY is not a usable Ed25519 public key");
        assertThatThrownBy(() -> InteractionsEndpointSettings.fromEnvironment(Map.of(), true, "ab".repeat(32)))
                .isInstanceOf(InvalidSettingException.class);
        assertThat(InteractionsEndpointSettings.fromEnvironment(Map.of(), true, USABLE_KEY)).isNotNull();
        assertThat(InteractionsEndpointSettings.fromEnvironment(Map.of(), false, DEMO_KEY)).isNotNull();
    }

    @Test
    void theSettingsReachTiergateSettings() {
        TiergateSettings settings = TiergateSettings.fromEnvironment(Map.of("TIERGATE_CALLBACK_HOSTS", "w.internal"));

        assertThat(settings.interactionsEndpoint().callbackHosts()).containsExactly("w.internal");
    }
}
