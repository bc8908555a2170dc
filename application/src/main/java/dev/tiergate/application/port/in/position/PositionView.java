package dev.tiergate.application.port.in.position;

import dev.tiergate.domain.profile.Nym;
import dev.tiergate.domain.profile.Score;
import dev.tiergate.domain.rank.Position;

/** A member's /position: ranked with its position, or not ranked with the score that would enter. */
public sealed interface PositionView {

    record Ranked(Nym nym, Position position) implements PositionView {
    }

    record Unranked(Score entryScore) implements PositionView {
    }
}
