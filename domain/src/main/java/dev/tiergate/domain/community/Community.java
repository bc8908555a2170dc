package dev.tiergate.domain.community;

import java.util.Objects;

/** The tenant: one Discord guild, its name, whether the bot is still in it, and its rules. */
public record Community(CommunityId id, String name, boolean active, CommunityConfig config) {

    public Community {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(config, "config");
        name = name == null || name.isBlank() ? "Community " + id.value() : name.strip();
    }

    /** The community an unknown guild gets on its first event: default rules, active. */
    public static Community withDefaults(CommunityId id) {
        return new Community(id, null, true, CommunityConfig.DEFAULTS);
    }
}
