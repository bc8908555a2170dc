package dev.tiergate.domain.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tiergate.domain.alert.AlertFact;
import dev.tiergate.domain.alert.AlertKind;
import dev.tiergate.domain.alert.AlertStatus;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AlertHistoryEntryTest {

    private static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void theKindIsTheKindOfTheFactAlertedAbout() {
        AlertHistoryEntry entry = new AlertHistoryEntry(new AlertFact.EnteredAtRisk(12), AlertStatus.SENT, AT, AT,
                Optional.of(AT), Optional.of(AT), Optional.empty());

        assertThat(entry.kind()).isEqualTo(AlertKind.AT_RISK_WARNINGS);
    }

    @Test
    void aPendingAlertIsNeverSettledAndASettledOneAlwaysIs() {
        assertThatThrownBy(() -> new AlertHistoryEntry(new AlertFact.SeatTaken(), AlertStatus.PENDING, AT, AT,
                Optional.empty(), Optional.of(AT), Optional.empty())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AlertHistoryEntry(new AlertFact.SeatLost(), AlertStatus.FAILED, AT, AT,
                Optional.of(AT), Optional.empty(), Optional.of("403"))).isInstanceOf(IllegalArgumentException.class);
    }
}
