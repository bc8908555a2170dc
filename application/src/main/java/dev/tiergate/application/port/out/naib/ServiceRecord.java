package dev.tiergate.application.port.out.naib;

import dev.tiergate.domain.profile.Nym;
import java.time.Duration;
import java.time.Instant;

/** A former Naib's service: how long it sat in all its closed terms together, in how many terms, and when it last left. */
public record ServiceRecord(Nym nym, Duration totalSeated, int terms, Instant lastUnseatedAt) {
}
