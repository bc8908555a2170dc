package dev.tiergate.application.port.in.community;

import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.shared.InvalidFieldException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** The bot joined a guild at {@code at} (gateway time); {@code name} is the guild's name when the event carries one. */
public record JoinCommunityCommand(CommunityId communityId, Optional<String> name, Instant at) {

    /** Discord's limit for a guild name. */
    public static final int MAX_NAME_LENGTH = 100;

    public JoinCommunityCommand {
        Objects.requireNonNull(communityId, "communityId");
        Objects.requireNonNull(at, "at");
        name = Objects.requireNonNull(name, "name").map(String::strip).filter(text -> !text.isEmpty());
        if (name.filter(text -> text.codePointCount(0, text.length()) > MAX_NAME_LENGTH).isPresent()) {
            throw new InvalidFieldException("name", "must be at most " + MAX_NAME_LENGTH + " characters");
        }
    }
}
