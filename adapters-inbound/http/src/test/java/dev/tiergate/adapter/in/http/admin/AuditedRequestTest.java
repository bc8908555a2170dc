package dev.tiergate.adapter.in.http.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditedRequestTest {

    @Test
    void theActionIsTheMethodAndTemplateAndTheTargetThePathVariablesByName() {
        AuditedRequest audited = AuditedRequest.of("DELETE", "/api/v1/communities/{guildId}/members/{userId}",
                Map.of("userId", "323456789012345678", "guildId", "223456789012345678"));

        assertThat(audited.action()).isEqualTo("DELETE /api/v1/communities/{guildId}/members/{userId}");
        assertThat(audited.target()).isEqualTo("guildId=223456789012345678,userId=323456789012345678");
    }

    @Test
    void aRequestNoRouteMatchedHasNoTarget() {
        assertThat(AuditedRequest.of("GET", null, Map.of())).isEqualTo(new AuditedRequest("GET (no route)", ""));
    }

    @Test
    void aTargetThatMayHoldASecretIsWithheld() {
        AuditedRequest audited = AuditedRequest.of("DELETE", "/api/v1/api-keys/{id}", Map.of("id", "tg_Ab3dE6gH_secret"));

        assertThat(audited.withoutTarget()).isEqualTo(new AuditedRequest("DELETE /api/v1/api-keys/{id}",
                AuditedRequest.WITHHELD));
    }
}
