package dev.tiergate.application.port.out.naib;

import dev.tiergate.domain.naib.Seating;
import dev.tiergate.domain.profile.Nym;

/** A Naib term with the nym of the member who holds or held it. */
public record SeatedMember(Nym nym, Seating seating) {
}
