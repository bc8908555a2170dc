package dev.tiergate.adapter.in.http.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BearerCredentialsTest {

    @Test
    void readsTheKeyOfOneBearerHeaderInAnyCaseOfTheScheme() {
        assertThat(BearerCredentials.key(List.of("Bearer tg_abc"))).contains("tg_abc");
        assertThat(BearerCredentials.key(List.of("bearer tg_abc"))).contains("tg_abc");
    }

    @Test
    void anythingElseIsNoKey() {
        assertThat(BearerCredentials.key(List.of())).isEmpty();
        assertThat(BearerCredentials.key(List.of("Bearer a", "Bearer b"))).isEmpty();
        assertThat(BearerCredentials.key(List.of("Basic dXNlcjpwYXNz"))).isEmpty();
        assertThat(BearerCredentials.key(List.of("Bearer"))).isEmpty();
        assertThat(BearerCredentials.key(List.of("Bearer "))).isEmpty();
        assertThat(BearerCredentials.key(List.of("Bearer  tg_abc"))).isEmpty();
        assertThat(BearerCredentials.key(List.of("Bearer tg_abc extra"))).isEmpty();
        assertThat(BearerCredentials.key(List.of("Bearertg_abc"))).isEmpty();
        assertThat(BearerCredentials.key(List.of("tg_abc"))).isEmpty();
    }
}
