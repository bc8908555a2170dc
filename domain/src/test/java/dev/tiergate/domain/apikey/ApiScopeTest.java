package dev.tiergate.domain.apikey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tiergate.domain.shared.InvalidFieldException;
import org.junit.jupiter.api.Test;

class ApiScopeTest {

    @Test
    void adminIncludesWriteWhichIncludesRead() {
        assertThat(ApiScope.ADMIN.includes(ApiScope.WRITE)).isTrue();
        assertThat(ApiScope.ADMIN.includes(ApiScope.READ)).isTrue();
        assertThat(ApiScope.WRITE.includes(ApiScope.READ)).isTrue();
        assertThat(ApiScope.WRITE.includes(ApiScope.WRITE)).isTrue();
    }

    @Test
    void noScopeIncludesAHigherOne() {
        assertThat(ApiScope.READ.includes(ApiScope.WRITE)).isFalse();
        assertThat(ApiScope.READ.includes(ApiScope.ADMIN)).isFalse();
        assertThat(ApiScope.WRITE.includes(ApiScope.ADMIN)).isFalse();
    }

    @Test
    void readsOnlyTheLowerCaseLabels() {
        assertThat(ApiScope.fromLabel("write")).isEqualTo(ApiScope.WRITE);
        assertThat(ApiScope.ADMIN.label()).isEqualTo("admin");
        assertThatThrownBy(() -> ApiScope.fromLabel("ADMIN")).isInstanceOf(InvalidFieldException.class)
                .hasMessage("scope: must be read, write or admin");
        assertThatThrownBy(() -> ApiScope.fromLabel(null)).isInstanceOf(InvalidFieldException.class);
    }
}
