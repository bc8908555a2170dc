package dev.tiergate.domain.badge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tiergate.domain.apikey.ApiKeyId;
import dev.tiergate.domain.shared.InvalidFieldException;
import org.junit.jupiter.api.Test;

class AwardSourceTest {

    @Test
    void anApiKeyIsRecordedByItsIdAndReadsBackAsAnApiKey() {
        AwardSource key = new AwardSource.ApiKey(new ApiKeyId("k7Hq2xYz"));

        assertThat(key.recorded()).isEqualTo("api-key:k7Hq2xYz");
        assertThat(AwardSource.parse(key.recorded())).isEqualTo(key);
    }

    @Test
    void aRecordedApiKeyWhoseIdIsMalformedIsNotReadAsAnything() {
        assertThatThrownBy(() -> AwardSource.parse("api-key:a:b")).isInstanceOf(InvalidFieldException.class);
    }
}
