package dev.tiergate.domain.community;

import dev.tiergate.domain.shared.Snowflake;

/** A community is one Discord guild; its id is the guild's snowflake. */
public record CommunityId(String value) {

    public CommunityId {
        Snowflake.require(value, "guild_id");
    }

    @Override
    public String toString() {
        return value;
    }
}
