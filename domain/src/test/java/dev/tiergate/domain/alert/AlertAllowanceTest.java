package dev.tiergate.domain.alert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.domain.tier.Tier;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AlertAllowanceTest {

    @ParameterizedTest
    @CsvSource({"WEEKLY_1, 1", "WEEKLY_2, 2", "WEEKLY_3, 3"})
    void aWeeklyFrequencyAllowsItsCountPerSevenDays(AlertFrequency frequency, int perWeek) {
        AlertAllowance allowance = AlertAllowance.of(frequency);

        assertThat(allowance.window()).isEqualTo(Duration.ofDays(7));
        assertThat(allowance.allowsAnother(perWeek - 1)).isTrue();
        assertThat(allowance.allowsAnother(perWeek)).isFalse();
    }

    @Test
    void dailyAllowsOneAlertPerTwentyFourHours() {
        AlertAllowance allowance = AlertAllowance.of(AlertFrequency.DAILY);

        assertThat(allowance.window()).isEqualTo(Duration.ofDays(1));
        assertThat(allowance.allowsAnother(0)).isTrue();
        assertThat(allowance.allowsAnother(1)).isFalse();
    }

    @Test
    void everyFactBelongsToTheKindItsPreferenceSwitches() {
        assertThat(new AlertFact.TierChanged(Tier.USUL, Tier.FEDAYKIN, true).kind()).isEqualTo(AlertKind.POSITION_UPDATES);
        assertThat(new AlertFact.SeatTaken().kind()).isEqualTo(AlertKind.NAIB_ALERTS);
        assertThat(new AlertFact.SeatLost().kind()).isEqualTo(AlertKind.NAIB_ALERTS);
        assertThat(new AlertFact.EnteredAtRisk(65).kind()).isEqualTo(AlertKind.AT_RISK_WARNINGS);
    }
}
