package dev.tiergate.adapter.in.http.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.tiergate.domain.alert.AlertFact;
import dev.tiergate.domain.alert.AlertPreferences;
import dev.tiergate.domain.badge.BadgeAwardRecord;
import dev.tiergate.domain.naib.Seating;
import dev.tiergate.domain.privacy.AlertHistoryEntry;
import dev.tiergate.domain.privacy.MemberData;
import dev.tiergate.domain.privacy.RoleSyncFailureEntry;
import dev.tiergate.domain.profile.MemberProfile;
import dev.tiergate.domain.profile.WalletAddress;
import dev.tiergate.domain.tier.TierChange;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Everything Tiergate stores about one member of one community, the private wallet included, as the
 * member's data export hands it over. Times are ISO-8601 instants; what was never recorded is null.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "MemberDataExport")
record MemberDataExportResponse(String guildId, String userId, String exportedAt, Profile profile,
        @Nullable String scoreAsOf, @Nullable Integer rank, @Nullable String leftAt,
        @Nullable String membershipChangedAt, List<String> discordRoleIds, @Nullable String rolesAsOf,
        @Nullable String belowTierSince, @Nullable Activity activity, @Nullable String lastActiveAt,
        @Nullable String nymChangedAt, List<TierMove> tierHistory, List<Seat> seatings, List<Award> badgeAwards,
        @Nullable Alerts alertPreferences, List<AlertSent> alertHistory, boolean atRiskAtLastAlertRun,
        List<RoleRefusal> roleSyncFailures) {

    static MemberDataExportResponse of(MemberData data, Instant exportedAt) {
        MemberProfile profile = data.profile();
        return new MemberDataExportResponse(profile.communityId().value(), profile.userId().value(),
                exportedAt.toString(), Profile.of(profile), time(data.scoreAsOf()),
                data.rank().isPresent() ? data.rank().getAsInt() : null, time(data.leftAt()),
                time(data.membershipChangedAt()), data.discordRoleIds(), time(data.rolesAsOf()),
                time(data.belowTierSince()),
                data.activity().map(balance -> new Activity(balance.points(), balance.asOf().toString())).orElse(null),
                time(data.lastActiveAt()), time(data.nymChangedAt()),
                data.tierHistory().stream().map(TierMove::of).toList(),
                data.seatings().stream().map(Seat::of).toList(),
                data.badgeAwards().stream().map(Award::of).toList(),
                data.alertPreferences().map(Alerts::of).orElse(null),
                data.alertHistory().stream().map(AlertSent::of).toList(), data.atRiskAtLastAlertRun(),
                data.roleSyncFailures().stream().map(RoleRefusal::of).toList());
    }

    private static String time(Optional<Instant> at) {
        return at.map(Instant::toString).orElse(null);
    }

    private static String lowerCase(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /** The member profile; {@code score} is the exact stored decimal. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "MemberDataProfile")
    record Profile(String nym, String bio, @Nullable String avatarUrl, String joinedAt, String score, String tier,
            boolean left, boolean directoryOptOut, @Nullable String wallet) {

        static Profile of(MemberProfile profile) {
            return new Profile(profile.nym().value(), profile.bio().value(), profile.avatarUrl().orElse(null),
                    profile.joinedAt().toString(), profile.score().toPlainString(), TierNames.of(profile.tier()),
                    profile.left(), profile.directoryOptOut(), profile.wallet().map(WalletAddress::value).orElse(null));
        }
    }

    /** The activity balance as of its last update. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @Schema(name = "MemberDataActivity")
    record Activity(double points, String asOf) {
    }

    /** One recorded move between tiers. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @Schema(name = "MemberDataTierMove")
    record TierMove(String from, String to, String at, String cause) {

        static TierMove of(TierChange change) {
            return new TierMove(TierNames.of(change.from()), TierNames.of(change.to()), change.at().toString(),
                    lowerCase(change.cause()));
        }
    }

    /** One term on the Naib council; {@code unseated_at} is null while it lasts. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "MemberDataSeat")
    record Seat(String seatedAt, @Nullable String unseatedAt) {

        static Seat of(Seating seating) {
            return new Seat(seating.seatedAt().toString(), time(seating.unseatedAt()));
        }
    }

    /** One badge award, held or revoked: who acted is a user id, {@code api-key:<id>}, {@code rule:<name>} or {@code erased}. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "MemberDataBadgeAward")
    record Award(String badge, String awardedAt, String awardedBy, String reason, @Nullable String revokedAt,
            @Nullable String revokedBy, @Nullable String revokeReason) {

        static Award of(BadgeAwardRecord award) {
            Optional<BadgeAwardRecord.Revocation> end = award.revocation();
            return new Award(award.badge().value(), award.awardedAt().toString(), award.awardedBy().recorded(),
                    award.reason(), end.map(r -> r.at().toString()).orElse(null),
                    end.map(r -> r.by().recorded()).orElse(null), end.map(BadgeAwardRecord.Revocation::reason).orElse(null));
        }
    }

    /** The member's alert choices, when it ever changed the defaults. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @Schema(name = "MemberDataAlertPreferences")
    record Alerts(boolean positionUpdates, boolean atRiskWarnings, boolean naibAlerts, String frequency) {

        static Alerts of(AlertPreferences preferences) {
            return new Alerts(preferences.positionUpdates(), preferences.atRiskWarnings(), preferences.naibAlerts(),
                    preferences.frequency().label());
        }
    }

    /** One alert recorded about the member: the fact, and how far the alert got. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "MemberDataAlert")
    record AlertSent(String kind, String fact, String status, String occurredAt, String recordedAt,
            @Nullable String attemptedAt, @Nullable String settledAt, @Nullable String detail) {

        static AlertSent of(AlertHistoryEntry entry) {
            return new AlertSent(lowerCase(entry.kind()), fact(entry.fact()), lowerCase(entry.status()),
                    entry.occurredAt().toString(), entry.recordedAt().toString(), time(entry.attemptedAt()),
                    time(entry.settledAt()), entry.detail().orElse(null));
        }

        /** {@code tier_changed hajra→ichwan (promotion)}, {@code seat_taken}, {@code seat_lost}, {@code entered_at_risk at #12}. */
        private static String fact(AlertFact fact) {
            return switch (fact) {
                case AlertFact.TierChanged(var from, var to, var promoted) -> "tier_changed " + TierNames.of(from)
                        + "→" + TierNames.of(to) + (promoted ? " (promotion)" : " (demotion)");
                case AlertFact.SeatTaken _ -> "seat_taken";
                case AlertFact.SeatLost _ -> "seat_lost";
                case AlertFact.EnteredAtRisk(var rank) -> "entered_at_risk at #" + rank;
            };
        }
    }

    /** Discord's standing refusal to change one of the member's roles. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @Schema(name = "MemberDataRoleRefusal")
    record RoleRefusal(String roleId, String reason, String detail, String failedAt, String rolesAsOf) {

        static RoleRefusal of(RoleSyncFailureEntry failure) {
            return new RoleRefusal(failure.roleId(), lowerCase(failure.reason()), failure.detail(),
                    failure.failedAt().toString(), failure.rolesAsOf().toString());
        }
    }
}
