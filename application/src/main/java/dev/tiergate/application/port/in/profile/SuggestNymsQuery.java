package dev.tiergate.application.port.in.profile;

import dev.tiergate.domain.community.CommunityId;

/** The partial nym a member has typed so far (untrusted, possibly empty or absurdly long). */
public record SuggestNymsQuery(CommunityId communityId, String partial) {
}
