package dev.tiergate.domain.alert;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AlertPreferencesTest {

    @Test
    void defaultsAreEverythingOnOnceAWeek() {
        for (AlertKind kind : AlertKind.values()) {
            assertThat(AlertPreferences.DEFAULTS.isOn(kind)).as(kind.name()).isTrue();
        }
        assertThat(AlertPreferences.DEFAULTS.frequency()).isEqualTo(AlertFrequency.WEEKLY_1);
    }

    @ParameterizedTest
    @EnumSource(AlertKind.class)
    void togglingSwitchesOnlyThatKindAndTogglingTwiceRestoresIt(AlertKind kind) {
        AlertPreferences toggled = AlertPreferences.DEFAULTS.toggle(kind);

        assertThat(toggled.isOn(kind)).isFalse();
        for (AlertKind other : AlertKind.values()) {
            if (other != kind) {
                assertThat(toggled.isOn(other)).as(other.name()).isTrue();
            }
        }
        assertThat(toggled.frequency()).isEqualTo(AlertFrequency.WEEKLY_1);
        assertThat(toggled.toggle(kind)).isEqualTo(AlertPreferences.DEFAULTS);
    }

    @Test
    void withSetsAKindExplicitly() {
        AlertPreferences off = AlertPreferences.DEFAULTS.with(AlertKind.AT_RISK_WARNINGS, false);

        assertThat(off).isEqualTo(new AlertPreferences(true, false, true, AlertFrequency.WEEKLY_1));
        assertThat(off.with(AlertKind.AT_RISK_WARNINGS, false)).isEqualTo(off);
    }

    @Test
    void withFrequencyKeepsTheKinds() {
        AlertPreferences daily = AlertPreferences.DEFAULTS.toggle(AlertKind.POSITION_UPDATES)
                .withFrequency(AlertFrequency.DAILY);

        assertThat(daily).isEqualTo(new AlertPreferences(false, true, true, AlertFrequency.DAILY));
    }

    @Test
    void naibAlertsReachOnlySeatedNaibEvenWhenChosen() {
        AlertPreferences all = AlertPreferences.DEFAULTS;

        assertThat(all.delivers(AlertKind.NAIB_ALERTS, false)).isFalse();
        assertThat(all.delivers(AlertKind.NAIB_ALERTS, true)).isTrue();
        assertThat(all.toggle(AlertKind.NAIB_ALERTS).delivers(AlertKind.NAIB_ALERTS, true)).isFalse();
        assertThat(all.delivers(AlertKind.POSITION_UPDATES, false)).isTrue();
        assertThat(all.toggle(AlertKind.AT_RISK_WARNINGS).delivers(AlertKind.AT_RISK_WARNINGS, true)).isFalse();
    }
}
