package dev.tiergate.adapter.in.http.admin;

import dev.tiergate.domain.badge.BadgeId;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;

/**
 * The ids in admin API paths, checked before anything else: a guild or user id is a snowflake and a
 * badge a slug, so no other text (a path traversal, a wildcard) ever reaches a use case.
 */
final class AdminPaths {

    private AdminPaths() {
    }

    static CommunityId community(String guildId) {
        return RequestFields.domain("guild_id", guildId, CommunityId::new);
    }

    static UserId user(String userId) {
        return RequestFields.domain("user_id", userId, UserId::new);
    }

    static BadgeId badge(String badge) {
        return RequestFields.domain("badge", badge, BadgeId::new);
    }
}
