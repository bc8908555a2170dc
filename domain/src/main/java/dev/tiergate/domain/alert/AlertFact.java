package dev.tiergate.domain.alert;

import dev.tiergate.domain.tier.Tier;
import java.util.Objects;

/**
 * A recorded change of a member's standing that may be worth a DM; each fact belongs to exactly one
 * {@link AlertKind}, and a Naib fact always concerns a seat the member itself holds or held.
 */
public sealed interface AlertFact {

    AlertKind kind();

    /** The member's tier changed ({@code promoted}: by a promotion, else by a demotion after its grace). */
    record TierChanged(Tier from, Tier to, boolean promoted) implements AlertFact {

        public TierChanged {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (from == to) {
                throw new IllegalArgumentException("a tier change needs two different tiers");
            }
        }

        @Override
        public AlertKind kind() {
            return AlertKind.POSITION_UPDATES;
        }
    }

    /** The member took a Naib seat. */
    record SeatTaken() implements AlertFact {

        @Override
        public AlertKind kind() {
            return AlertKind.NAIB_ALERTS;
        }
    }

    /** The member lost its Naib seat. */
    record SeatLost() implements AlertFact {

        @Override
        public AlertKind kind() {
            return AlertKind.NAIB_ALERTS;
        }
    }

    /** The member entered the at-risk band; {@code rank} is where it stood when that was noticed. */
    record EnteredAtRisk(int rank) implements AlertFact {

        public EnteredAtRisk {
            if (rank < 1) {
                throw new IllegalArgumentException("rank must be positive");
            }
        }

        @Override
        public AlertKind kind() {
            return AlertKind.AT_RISK_WARNINGS;
        }
    }
}
