package dev.tiergate.application.port.out.naib;

import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.naib.SeatingChanges;
import java.time.Instant;

/** Records who took and who lost a Naib seat, keeping each term's seated-at and unseated-at. */
public interface UpdateNaibSeatsPort {

    void applySeatingChanges(CommunityId communityId, SeatingChanges changes, Instant at);
}
