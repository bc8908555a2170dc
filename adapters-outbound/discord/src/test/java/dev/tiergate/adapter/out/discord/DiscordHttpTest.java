package dev.tiergate.adapter.out.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The audit-log reason header: percent-encoded, one line, at most 512 characters, absent when blank. */
class DiscordHttpTest {

    @Test
    void anAuditLogReasonIsPercentEncodedWithSpacesAsPercent20() {
        assertThat(DiscordHttp.auditLogReason("Tier: Sand → Spice (50% rule)"))
                .contains("Tier%3A%20Sand%20%E2%86%92%20Spice%20%2850%25%20rule%29");
    }

    @Test
    void anAuditLogReasonIsOneLineAndCutTo512Characters() {
        String reason = DiscordHttp.auditLogReason("line one\r\nline two " + "x".repeat(600)).orElseThrow();
        String decoded = URLDecoder.decode(reason, StandardCharsets.UTF_8);

        assertThat(decoded).startsWith("line one line two ").hasSize(512).endsWith(DiscordText.ELLIPSIS);
        assertThat(reason).doesNotContain("\r", "\n", " ");
    }

    @Test
    void aBlankReasonSendsNoHeader() {
        assertThat(DiscordHttp.auditLogReason(null)).isEmpty();
        assertThat(DiscordHttp.auditLogReason(" \n\t ")).isEmpty();
    }
}
