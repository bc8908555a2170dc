package dev.tiergate.application.port.out.alert;

import dev.tiergate.domain.alert.AlertPreferences;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import java.util.function.UnaryOperator;

/**
 * Stores a member's alert preferences; a member with none stored has {@link AlertPreferences#DEFAULTS}.
 * A change is a read-modify-write under the member's row lock, so concurrent changes never get lost.
 */
public interface AlertPreferencesPort {

    AlertPreferences loadPreferences(CommunityId communityId, UserId member);

    /** Applies {@code change} to the member's current preferences atomically and returns what was stored. */
    AlertPreferences changePreferences(CommunityId communityId, UserId member, UnaryOperator<AlertPreferences> change);
}
