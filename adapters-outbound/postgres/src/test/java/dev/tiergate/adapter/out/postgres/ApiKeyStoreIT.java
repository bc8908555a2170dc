package dev.tiergate.adapter.out.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tiergate.application.port.out.apikey.ApiKeyHash;
import dev.tiergate.application.port.out.apikey.ApiKeyStorePort;
import dev.tiergate.application.port.out.apikey.StoredApiKey;
import dev.tiergate.domain.apikey.ApiKey;
import dev.tiergate.domain.apikey.ApiKeyId;
import dev.tiergate.domain.apikey.ApiScope;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

class ApiKeyStoreIT extends AdapterIntegrationTest {

    private static final Instant CREATED = Instant.parse("2026-11-22T10:00:00.123456Z");
    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    private final ApiKeyStorePort store = bean(ApiKeyStorePort.class);

    @Test
    void aSavedKeyIsFoundByIdWithItsHashAndNothingElseOfTheKey() {
        ApiKey key = new ApiKey(newId(), "deploy bot", ApiScope.WRITE, CREATED, Optional.of(CREATED.plus(Duration.ofDays(90))),
                Optional.empty());
        byte[] hash = hash(7);

        store.saveKey(new StoredApiKey(key, ApiKeyHash.of(hash)));

        StoredApiKey found = store.findKey(key.id()).orElseThrow();
        assertThat(found.key()).isEqualTo(key);
        assertThat(found.hash().matches(ApiKeyHash.of(hash))).isTrue();
        assertThat(found.hash().matches(ApiKeyHash.of(hash(8)))).isFalse();
        assertThat(store.findKey(newId())).isEmpty();
    }

    @Test
    void anIdIsNeverStoredTwice() {
        ApiKey key = key(newId());
        store.saveKey(new StoredApiKey(key, ApiKeyHash.of(hash(1))));

        assertThatThrownBy(() -> store.saveKey(new StoredApiKey(key, ApiKeyHash.of(hash(2))))).isInstanceOf(RuntimeException.class);
        assertThat(store.findKey(key.id()).orElseThrow().hash().matches(ApiKeyHash.of(hash(1)))).isTrue();
    }

    @Test
    void aRevocationIsStoredOnceAndKeepsItsFirstTime() {
        ApiKey key = key(newId());
        store.saveKey(new StoredApiKey(key, ApiKeyHash.of(hash(3))));
        Instant first = CREATED.plusSeconds(60);

        assertThat(store.revokeKey(key.id(), first)).contains(key.revokedAt(first));
        assertThat(store.revokeKey(key.id(), first.plusSeconds(60))).contains(key.revokedAt(first));
        assertThat(store.findKey(key.id()).orElseThrow().key().revoked()).contains(first);
        assertThat(store.revokeKey(newId(), first)).isEmpty();
    }

    @Test
    void listsEveryKeyOnceInIdOrderAcrossBoundedPages() {
        List<ApiKeyId> saved = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            ApiKey key = key(newId());
            store.saveKey(new StoredApiKey(key, ApiKeyHash.of(hash(i))));
            saved.add(key.id());
        }
        List<ApiKeyId> listed = new ArrayList<>();
        Optional<ApiKeyId> after = Optional.empty();
        while (true) {
            List<ApiKey> page = store.listKeys(after, 4);
            assertThat(page).hasSizeLessThanOrEqualTo(4);
            if (page.isEmpty()) {
                break;
            }
            page.forEach(key -> listed.add(key.id()));
            after = Optional.of(page.getLast().id());
        }

        assertThat(listed).doesNotHaveDuplicates().containsAll(saved)
                .isSortedAccordingTo((a, b) -> a.value().compareTo(b.value()));
    }

    private static ApiKey key(ApiKeyId id) {
        return new ApiKey(id, "key " + id, ApiScope.READ, CREATED, Optional.empty(), Optional.empty());
    }

    /** A fresh random id; the table is shared by every test of this JVM. */
    private static ApiKeyId newId() {
        StringBuilder id = new StringBuilder();
        for (int i = 0; i < ApiKeyId.LENGTH; i++) {
            id.append(BASE62.charAt(ThreadLocalRandom.current().nextInt(BASE62.length())));
        }
        return new ApiKeyId(id.toString());
    }

    private static byte[] hash(int seed) {
        byte[] hash = new byte[32];
        Arrays.fill(hash, (byte) seed);
        return hash;
    }
}
