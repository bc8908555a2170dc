package dev.tiergate.application.port.in.naib;

import dev.tiergate.application.port.in.interaction.MemberCommand.NaibPart;
import dev.tiergate.domain.community.CommunityId;

/** Asks for one part of a community's Naib council: the overview (both), the current seats, or the former Naib. */
public record NaibCouncilQuery(CommunityId communityId, NaibPart part) {
}
