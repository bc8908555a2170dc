package dev.tiergate.application.port.in.badge;

import dev.tiergate.domain.community.CommunityId;
import java.util.Objects;

/** Autocomplete of a badge option: the partial input as typed, and whether only hand-awarded badges may be offered. */
public record SuggestBadgesQuery(CommunityId communityId, String partial, boolean contributionOnly) {

    public SuggestBadgesQuery {
        Objects.requireNonNull(communityId, "communityId");
        partial = partial == null ? "" : partial;
    }
}
