package dev.tiergate.application.port.out.naib;

import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.naib.Seating;
import dev.tiergate.domain.profile.UserId;
import java.util.List;

/** Loads the current seatings of a community's Naib council. */
public interface LoadNaibSeatsPort {

    List<Seating> currentSeatings(CommunityId communityId);

    /**
     * Whether {@code userId} holds a seat now. A store that answers this with one look-up of the
     * member overrides the default, which reads the whole council.
     */
    default boolean isSeated(CommunityId communityId, UserId userId) {
        return currentSeatings(communityId).stream().anyMatch(seating -> seating.userId().equals(userId));
    }
}
