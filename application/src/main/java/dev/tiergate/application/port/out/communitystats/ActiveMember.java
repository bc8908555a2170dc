package dev.tiergate.application.port.out.communitystats;

import dev.tiergate.domain.activity.ActivityBalance;
import dev.tiergate.domain.profile.Nym;

/** A present member and its activity balance as last stored (not yet decayed to now). */
public record ActiveMember(Nym nym, ActivityBalance balance) {
}
