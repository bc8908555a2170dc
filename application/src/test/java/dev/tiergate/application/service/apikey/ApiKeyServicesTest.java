package dev.tiergate.application.service.apikey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tiergate.application.port.in.apikey.ApiKeyAuthentication;
import dev.tiergate.application.port.in.apikey.ApiKeyPage;
import dev.tiergate.application.port.in.apikey.ApiKeyRevocation;
import dev.tiergate.application.port.in.apikey.AuthenticateApiKeyCommand;
import dev.tiergate.application.port.in.apikey.CreateApiKeyCommand;
import dev.tiergate.application.port.in.apikey.CreatedApiKey;
import dev.tiergate.application.port.in.apikey.ListApiKeysQuery;
import dev.tiergate.application.port.in.apikey.RevokeApiKeyCommand;
import dev.tiergate.application.testing.SettableClock;
import dev.tiergate.domain.apikey.ApiKeyId;
import dev.tiergate.domain.apikey.ApiScope;
import dev.tiergate.domain.shared.InvalidFieldException;
import dev.tiergate.domain.shared.PageLimit;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ApiKeyServicesTest {

    private final InMemoryApiKeys store = new InMemoryApiKeys();
    private final SettableClock clock = new SettableClock(Instant.parse("2026-11-22T10:00:00.123456789Z"));
    private final CreateApiKeyService create = new CreateApiKeyService(store, store, new SecureRandom(), clock);
    private final AuthenticateApiKeyService authenticate = new AuthenticateApiKeyService(store, store, clock);
    private final RevokeApiKeyService revoke = new RevokeApiKeyService(store, clock);
    private final ListApiKeysService list = new ListApiKeysService(store);

    @Test
    void storesOnlyTheHashAndHandsTheKeyOverOnce() {
        CreatedApiKey created = create("ci", ApiScope.WRITE, OptionalInt.empty());

        assertThat(created.secret()).matches("tg_" + created.key().id().value() + "_[0-9A-Za-z]{43}");
        byte[] stored = store.findKey(created.key().id()).orElseThrow().hash().bytes();
        assertThat(new String(stored, StandardCharsets.UTF_8)).doesNotContain(created.secret());
        assertThat(created.toString()).doesNotContain(created.secret().substring(12));
        assertThat(created.key().created()).isEqualTo(Instant.parse("2026-11-22T10:00:00.123456Z"));
    }

    @Test
    void theKeyAuthenticatesAsItselfWithItsScope() {
        CreatedApiKey created = create("ci", ApiScope.READ, OptionalInt.empty());

        assertThat(authenticate(created.secret())).isEqualTo(new ApiKeyAuthentication.Authenticated(created.key()));
    }

    @Test
    void aWrongSecretForARealIdIsRefused() {
        CreatedApiKey created = create("ci", ApiScope.ADMIN, OptionalInt.empty());
        String secret = created.secret();
        char last = secret.charAt(secret.length() - 1);
        String wrong = secret.substring(0, secret.length() - 1) + (last == 'a' ? 'b' : 'a');

        assertThat(authenticate(wrong)).isInstanceOf(ApiKeyAuthentication.Refused.class);
    }

    @Test
    void malformedAndUnknownKeysAreRefusedWithoutBeingHashed() {
        create("ci", ApiScope.ADMIN, OptionalInt.empty());
        store.hashed.clear();

        assertThat(authenticate("")).isInstanceOf(ApiKeyAuthentication.Refused.class);
        assertThat(authenticate("Bearer nonsense")).isInstanceOf(ApiKeyAuthentication.Refused.class);
        assertThat(authenticate("tg_ZZZZZZZZ_" + "0".repeat(43))).isInstanceOf(ApiKeyAuthentication.Refused.class);
        assertThat(store.hashed).isEmpty();
    }

    @Test
    void anExpiredKeyIsRefusedFromItsExpiry() {
        CreatedApiKey created = create("ci", ApiScope.ADMIN, OptionalInt.of(30));

        clock.advance(Duration.ofDays(30).minusSeconds(1));
        assertThat(authenticate(created.secret())).isInstanceOf(ApiKeyAuthentication.Authenticated.class);
        clock.advance(Duration.ofSeconds(1));
        assertThat(authenticate(created.secret())).isInstanceOf(ApiKeyAuthentication.Refused.class);
    }

    @Test
    void aRevokedKeyIsRefusedWhileTheNextKeyOfTheRotationWorks() {
        CreatedApiKey old = create("deploy", ApiScope.WRITE, OptionalInt.empty());
        CreatedApiKey next = create("deploy (next)", ApiScope.WRITE, OptionalInt.empty());
        assertThat(authenticate(old.secret())).isInstanceOf(ApiKeyAuthentication.Authenticated.class);
        assertThat(authenticate(next.secret())).isInstanceOf(ApiKeyAuthentication.Authenticated.class);

        clock.advance(Duration.ofMinutes(5));
        ApiKeyRevocation revoked = revoke.revokeApiKey(new RevokeApiKeyCommand(old.key().id()));

        assertThat(revoked).isInstanceOf(ApiKeyRevocation.Revoked.class);
        assertThat(authenticate(old.secret())).isInstanceOf(ApiKeyAuthentication.Refused.class);
        assertThat(authenticate(next.secret())).isInstanceOf(ApiKeyAuthentication.Authenticated.class);
    }

    @Test
    void revokingTwiceKeepsTheFirstRevocationAndAnUnknownIdIsSaid() {
        CreatedApiKey created = create("ci", ApiScope.READ, OptionalInt.empty());
        ApiKeyRevocation first = revoke.revokeApiKey(new RevokeApiKeyCommand(created.key().id()));
        clock.advance(Duration.ofHours(1));

        ApiKeyRevocation second = revoke.revokeApiKey(new RevokeApiKeyCommand(created.key().id()));

        assertThat(second).isEqualTo(new ApiKeyRevocation.AlreadyRevoked(((ApiKeyRevocation.Revoked) first).key()));
        ApiKeyId unknown = new ApiKeyId("00000000");
        assertThat(revoke.revokeApiKey(new RevokeApiKeyCommand(unknown))).isEqualTo(new ApiKeyRevocation.NoSuchKey(unknown));
    }

    @Test
    void listsEveryKeyOnceAcrossPagesInIdOrder() {
        for (int i = 0; i < 7; i++) {
            create("key " + i, ApiScope.READ, OptionalInt.empty());
        }
        List<ApiKeyId> seen = new ArrayList<>();
        Optional<ApiKeyId> after = Optional.empty();
        do {
            ApiKeyPage page = list.listApiKeys(new ListApiKeysQuery(after, new PageLimit(3)));
            assertThat(page.keys()).hasSizeLessThanOrEqualTo(3);
            page.keys().forEach(key -> seen.add(key.id()));
            after = page.next();
        } while (after.isPresent());

        assertThat(seen).hasSize(7).doesNotHaveDuplicates()
                .isSortedAccordingTo((a, b) -> a.value().compareTo(b.value()));
    }

    @Test
    void expiryIsBoundedAndNamesTheField() {
        assertThatThrownBy(() -> new CreateApiKeyCommand("ci", ApiScope.READ, OptionalInt.of(0)))
                .isInstanceOf(InvalidFieldException.class).hasMessageStartingWith("expires_in_days:");
        assertThatThrownBy(() -> new CreateApiKeyCommand("ci", ApiScope.READ, OptionalInt.of(3651)))
                .isInstanceOf(InvalidFieldException.class);
        assertThat(create("ci", ApiScope.READ, OptionalInt.of(3650)).key().expires()).isPresent();
    }

    private CreatedApiKey create(String name, ApiScope scope, OptionalInt days) {
        return create.createApiKey(new CreateApiKeyCommand(name, scope, days));
    }

    private ApiKeyAuthentication authenticate(String presented) {
        return authenticate.authenticateApiKey(new AuthenticateApiKeyCommand(presented));
    }
}
