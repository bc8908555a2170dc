package dev.tiergate.adapter.out.postgres;

import dev.tiergate.domain.naib.Seating;
import dev.tiergate.domain.profile.UserId;
import java.util.Optional;

/** Translates a Naib term row into the domain's seating. */
final class SeatingMapper {

    private SeatingMapper() {
    }

    static Seating toSeating(NaibSeatingRow row) {
        return new Seating(new UserId(row.userId()), row.seatedAt(), Optional.ofNullable(row.unseatedAt()));
    }
}
