package dev.tiergate.application.port.in.activity;

import dev.tiergate.domain.activity.ActivityBalance;

/** What recording one activity did: points added, or why nothing was. */
public sealed interface ActivityOutcome {

    /** Points added; {@code badgesAwarded} engagement badges were newly earned. */
    record Recorded(ActivityBalance balance, int badgesAwarded) implements ActivityOutcome {
    }

    /** The channel is not one the community tracks. */
    record NotTracked() implements ActivityOutcome {
    }

    /** The member's last activity of this kind counted too recently. */
    record CoolingDown() implements ActivityOutcome {
    }

    /** This activity was already recorded (a redelivery). */
    record AlreadyRecorded() implements ActivityOutcome {
    }

    /** The member left the community: left members earn nothing. */
    record MemberLeft() implements ActivityOutcome {
    }
}
