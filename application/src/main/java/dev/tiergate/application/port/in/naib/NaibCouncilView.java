package dev.tiergate.application.port.in.naib;

import dev.tiergate.application.port.in.interaction.MemberCommand.NaibPart;
import dev.tiergate.domain.profile.Nym;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The Naib council as /naib shows it: the part asked for, the seated Naib earliest first, how many of
 * the configured seats are empty, and former Naib by total time seated (only what the part needs).
 */
public record NaibCouncilView(NaibPart part, List<Seat> seated, int seats, int emptySeats, List<Former> former) {

    /** At most this many former Naib are listed. */
    public static final int FORMER_LIMIT = 25;

    public NaibCouncilView {
        seated = List.copyOf(seated);
        former = List.copyOf(former);
    }

    /** A seated Naib; {@code founding} when it took its seat within the hour of the community's first seating. */
    public record Seat(Nym nym, Instant seatedAt, boolean founding) {
    }

    /** A former Naib: total time seated over its terms, and how many terms. */
    public record Former(Nym nym, Duration totalSeated, int terms) {
    }
}
