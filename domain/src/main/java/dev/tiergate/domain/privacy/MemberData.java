package dev.tiergate.domain.privacy;

import dev.tiergate.domain.activity.ActivityBalance;
import dev.tiergate.domain.alert.AlertPreferences;
import dev.tiergate.domain.badge.BadgeAwardRecord;
import dev.tiergate.domain.naib.Seating;
import dev.tiergate.domain.profile.MemberProfile;
import dev.tiergate.domain.shared.Snowflake;
import dev.tiergate.domain.tier.TierChange;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Everything Tiergate stores about one member of one community, the private wallet included: the
 * member's own data as an export hands it over. Histories are oldest first; a member who never
 * changed the alert defaults has no stored preferences.
 *
 * @param scoreAsOf      the as-of time of the stored score, if a score update ever reached the member
 * @param rank           the materialized rank, empty while the member is unranked
 * @param leftAt         when the member left the community, if it did and has not re-joined
 * @param membershipChangedAt gateway time of the last join or leave applied to the member
 * @param discordRoleIds the Discord roles the member was last reported to hold (snowflakes), empty if never reported
 * @param rolesAsOf      gateway time of that report
 * @param belowTierSince when the member fell below its tier's bar (a pending demotion), if it did
 * @param activity       the activity balance as of its last update, if the member was ever active
 * @param lastActiveAt   the member's last counted activity
 * @param nymChangedAt   the member's last nym change
 * @param alertHistory   every alert recorded about the member, oldest fact first
 * @param atRiskAtLastAlertRun whether the last alert run found the member in the at-risk band
 * @param roleSyncFailures Discord's standing refusals to change the member's roles, oldest first
 */
public record MemberData(
        MemberProfile profile,
        Optional<Instant> scoreAsOf,
        OptionalInt rank,
        Optional<Instant> leftAt,
        Optional<Instant> membershipChangedAt,
        List<String> discordRoleIds,
        Optional<Instant> rolesAsOf,
        Optional<Instant> belowTierSince,
        Optional<ActivityBalance> activity,
        Optional<Instant> lastActiveAt,
        Optional<Instant> nymChangedAt,
        List<TierChange> tierHistory,
        List<Seating> seatings,
        List<BadgeAwardRecord> badgeAwards,
        Optional<AlertPreferences> alertPreferences,
        List<AlertHistoryEntry> alertHistory,
        boolean atRiskAtLastAlertRun,
        List<RoleSyncFailureEntry> roleSyncFailures) {

    public MemberData {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(scoreAsOf, "scoreAsOf");
        Objects.requireNonNull(rank, "rank");
        Objects.requireNonNull(leftAt, "leftAt");
        Objects.requireNonNull(membershipChangedAt, "membershipChangedAt");
        discordRoleIds = List.copyOf(discordRoleIds);
        discordRoleIds.forEach(role -> Snowflake.require(role, "role_id"));
        Objects.requireNonNull(rolesAsOf, "rolesAsOf");
        Objects.requireNonNull(belowTierSince, "belowTierSince");
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(lastActiveAt, "lastActiveAt");
        Objects.requireNonNull(nymChangedAt, "nymChangedAt");
        tierHistory = List.copyOf(tierHistory);
        seatings = List.copyOf(seatings);
        badgeAwards = List.copyOf(badgeAwards);
        Objects.requireNonNull(alertPreferences, "alertPreferences");
        alertHistory = List.copyOf(alertHistory);
        roleSyncFailures = List.copyOf(roleSyncFailures);
        if (seatings.stream().anyMatch(seating -> !seating.userId().equals(profile.userId()))) {
            throw new IllegalArgumentException("a member's data holds only its own seatings");
        }
    }
}
