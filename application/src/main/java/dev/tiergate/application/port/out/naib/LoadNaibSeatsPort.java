package dev.tiergate.application.port.out.naib;

import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.naib.Seating;
import java.util.List;

/** Loads the current seatings of a community's Naib council. */
public interface LoadNaibSeatsPort {

    List<Seating> currentSeatings(CommunityId communityId);
}
