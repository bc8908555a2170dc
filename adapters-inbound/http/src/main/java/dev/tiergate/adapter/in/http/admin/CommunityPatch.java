package dev.tiergate.adapter.in.http.admin;

import dev.tiergate.application.port.in.communityconfig.ConfigChange;
import dev.tiergate.domain.activity.ActivityRules;
import dev.tiergate.domain.profile.Score;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * The body of {@code PATCH /api/v1/communities/{guildId}}: the settings to change, named as the community
 * shows them. Whether the values make sense together is the domain's call; this only reads them.
 */
final class CommunityPatch {

    static final String TIER_ROLES = "tier_roles";
    static final String ADMIN_ROLES = "admin_roles";

    private CommunityPatch() {
    }

    /** The changes the body asks for; a field that is read-only, set elsewhere, unknown or malformed is refused. */
    static List<ConfigChange> changes(RequestFields fields) {
        for (String readOnly : List.of("guild_id", "name", "active")) {
            fields.refuse(readOnly, "is read-only");
        }
        fields.refuse(TIER_ROLES, "is replaced with PUT /api/v1/communities/{guildId}/tier-roles");
        fields.refuse(ADMIN_ROLES, "is replaced with PUT /api/v1/communities/{guildId}/admin-roles");
        List<ConfigChange> changes = new ArrayList<>();
        fields.integer("naib_seats").ifPresent(seats -> changes.add(new ConfigChange.NaibSeats(seats)));
        fields.integer("fedaykin_cutoff").ifPresent(rank -> changes.add(new ConfigChange.FedaykinCutoff(rank)));
        fields.integer("at_risk_window").ifPresent(ranks -> changes.add(new ConfigChange.AtRiskWindow(ranks)));
        fields.integer("waitlist_size").ifPresent(ranks -> changes.add(new ConfigChange.WaitlistSize(ranks)));
        fields.text("demotion_grace").ifPresent(grace -> changes.add(
                new ConfigChange.DemotionGrace(duration(grace, fields.pathOf("demotion_grace")))));
        fields.object("tier_ladder").ifPresent(ladder -> ladder.entries((name, node, path) -> changes.add(
                new ConfigChange.TierMinimumScore(TierNames.parse(name, path),
                        RequestFields.domain(path, RequestFields.text(node, path), Score::parse)))));
        fields.nullableInstant("launched_at").ifPresent(at -> changes.add(new ConfigChange.LaunchDate(at)));
        fields.object("activity_rules").ifPresent(rules -> {
            rules.array("tracked_channels", ActivityRules.MAX_TRACKED_CHANNELS, RequestFields::text)
                    .ifPresent(channels -> changes.add(new ConfigChange.TrackedChannels(new HashSet<>(channels))));
            rules.finish();
        });
        fields.finish();
        return changes;
    }

    private static Duration duration(String text, String path) {
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException malformed) {
            throw ApiProblem.badRequest(path, "must be an ISO-8601 duration such as PT24H");
        }
    }
}
