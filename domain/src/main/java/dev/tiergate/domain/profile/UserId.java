package dev.tiergate.domain.profile;

import dev.tiergate.domain.shared.Snowflake;

/** A Discord user; with a community it keys a member profile. */
public record UserId(String value) implements Comparable<UserId> {

    public UserId {
        Snowflake.require(value, "user_id");
    }

    @Override
    public int compareTo(UserId other) {
        return Snowflake.compare(value, other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
