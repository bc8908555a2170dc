package dev.tiergate.application.port.in.alert;

import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;

/** Sets how often alerts may reach the member; {@code frequency} is as sent (1/week, 2/week, 3/week or daily). */
public record SetAlertFrequencyCommand(CommunityId communityId, UserId member, String frequency) {
}
