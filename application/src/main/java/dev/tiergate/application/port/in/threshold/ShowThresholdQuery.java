package dev.tiergate.application.port.in.threshold;

import dev.tiergate.domain.community.CommunityId;

/** Asks for the entry threshold of one community. */
public record ShowThresholdQuery(CommunityId communityId) {
}
