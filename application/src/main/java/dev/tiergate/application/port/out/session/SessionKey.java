package dev.tiergate.application.port.out.session;

import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import java.util.regex.Pattern;

/** One member's session of one kind (e.g. the directory browser) in one community. */
public record SessionKey(CommunityId communityId, UserId userId, String kind) {

    private static final Pattern KIND = Pattern.compile("[a-z0-9-]{1,32}");

    public SessionKey {
        if (kind == null || !KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("a session kind is 1 to 32 lower-case letters, digits or -");
        }
    }
}
