package dev.tiergate.adapter.out.postgres;

import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;

/** One member's stored alert choices; frequency is the name of an {@code AlertFrequency}. */
@MappedEntity("alert_preferences")
record AlertPreferencesRow(@EmbeddedId ProfileKey key, boolean positionUpdates, boolean atRiskWarnings,
        boolean naibAlerts, String frequency) {
}
