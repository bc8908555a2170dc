package dev.tiergate.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tiergate.domain.apikey.ApiKeyId;
import dev.tiergate.domain.shared.InvalidFieldException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditEntryTest {

    private static final Instant AT = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void actorsAreAKeyIdAnonymousOrTheCommandLine() {
        assertThat(AuditActor.of(new ApiKeyId("Ab3dE6gH")).value()).isEqualTo("Ab3dE6gH");
        assertThat(new AuditActor("anonymous")).isEqualTo(AuditActor.ANONYMOUS);
        assertThat(new AuditActor("cli")).isEqualTo(AuditActor.COMMAND_LINE);
        assertThatThrownBy(() -> new AuditActor("root")).isInstanceOf(InvalidFieldException.class)
                .hasMessageStartingWith("actor:");
    }

    @Test
    void aHostileTargetIsCutNotRefused() {
        AuditEntry entry = new AuditEntry(AT, AuditActor.ANONYMOUS, "GET /api/v1/x", "id=" + "9".repeat(10_000),
                "127.0.0.1", 401);

        assertThat(entry.target()).hasSize(AuditEntry.TARGET_MAX).startsWith("id=999");
    }

    @Test
    void theOutcomeIsAnHttpStatus() {
        assertThatThrownBy(() -> new AuditEntry(AT, AuditActor.ANONYMOUS, "GET /x", "", "127.0.0.1", 0))
                .hasMessageStartingWith("outcome:");
        assertThatThrownBy(() -> new AuditEntry(AT, AuditActor.ANONYMOUS, "GET /x", "", "127.0.0.1", 600))
                .hasMessageStartingWith("outcome:");
    }

    @Test
    void aRecordsCursorIsItsTimeAndId() {
        AuditRecord record = new AuditRecord(42, new AuditEntry(AT, AuditActor.COMMAND_LINE, "api-keys create",
                "id=Ab3dE6gH", "local", 201));

        assertThat(record.cursor()).isEqualTo(new AuditCursor(AT, 42));
    }
}
