package dev.tiergate.application.port.in.alert;

import dev.tiergate.domain.alert.AlertKind;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;

/** Switches one kind of alert of the member the other way. */
public record ToggleAlertCommand(CommunityId communityId, UserId member, AlertKind kind) {
}
