package dev.tiergate.adapter.in.http.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CredentialsInUrlTest {

    @Test
    void aParameterNamedLikeACredentialIsOneWhateverItsValueOrCase() {
        for (String name : List.of("key", "api_key", "token", "access_token", "API_KEY", "Token")) {
            assertThat(CredentialsInUrl.present(Map.of(name, List.of("x")), List.of())).as(name).isTrue();
        }
    }

    @Test
    void aValueThatStartsLikeAnApiKeyIsOneWhereverItIs() {
        assertThat(CredentialsInUrl.present(Map.of("cursor", List.of("abc", "tg_Ab3dE6gH_secret")), List.of())).isTrue();
        assertThat(CredentialsInUrl.present(Map.of("actor", List.of("TG_x")), List.of())).isTrue();
        assertThat(CredentialsInUrl.present(Map.of(), List.of("api", "v1", "api-keys", "tg_Ab3dE6gH_secret"))).isTrue();
    }

    @Test
    void ordinaryParametersAndPathsAreNot() {
        assertThat(CredentialsInUrl.present(Map.of("limit", List.of("10"), "cursor", List.of("MTIz"),
                "actor", List.of("Ab3dE6gH"), "keys", List.of("1")), List.of("", "api", "v1", "audit"))).isFalse();
        assertThat(CredentialsInUrl.present(Map.of("mode", List.of("preview")), List.of("stg_1"))).isFalse();
    }
}
