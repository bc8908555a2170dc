package dev.tiergate.adapter.out.postgres;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * PostgreSQL keeps microseconds: instants are truncated before they are written, so what is read
 * back and what as-of comparisons see is exactly what was stored, never a driver's rounding.
 */
final class Timestamps {

    private Timestamps() {
    }

    static Instant stored(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    static OffsetDateTime parameter(Instant instant) {
        return OffsetDateTime.ofInstant(stored(instant), ZoneOffset.UTC);
    }
}
