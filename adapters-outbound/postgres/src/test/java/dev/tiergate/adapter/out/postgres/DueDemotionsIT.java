package dev.tiergate.adapter.out.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.application.port.in.score.IngestScoresCommand;
import dev.tiergate.application.port.out.profile.LoadProfilesPort;
import dev.tiergate.application.port.out.profile.RegisterMemberPort;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.Nym;
import dev.tiergate.domain.profile.Score;
import dev.tiergate.domain.profile.ScoreEntry;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.tier.Tier;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Demotions over time: a member who falls below its tier keeps it through the 24-hour grace; the
 * scheduled check then demotes it (cause DEMOTED_AFTER_GRACE) without a new score batch, while a
 * member who recovered inside the grace keeps its tier and loses the pending demotion.
 */
class DueDemotionsIT extends AdapterIntegrationTest {

    private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");

    @Test
    void dueDemotionsApplyOnlyAfterTheGraceAndARecoveryCancelsOne() {
        CommunityId community = newCommunity();
        UserId faller = member(community, "faller");
        UserId recovers = member(community, "recovers");
        // 70 higher scorers keep both members out of the rank-based tiers.
        List<ScoreEntry> entries = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            entries.add(entry(member(community, "top" + i), "5000"));
        }
        entries.add(entry(faller, "300"));
        entries.add(entry(recovers, "300"));
        ingest(community, T0, entries);
        assertThat(tier(community, faller)).isEqualTo(Tier.QANAT);

        ingest(community, T0.plus(Duration.ofHours(1)), List.of(entry(faller, "100"), entry(recovers, "100")));
        assertThat(tier(community, faller)).as("inside the grace").isEqualTo(Tier.QANAT);
        ingest(community, T0.plus(Duration.ofHours(2)), List.of(entry(recovers, "300")));

        // The job sweeps every community of the shared test database: assert on this one's rows only.
        dueDemotions(T0.plus(Duration.ofHours(20)));
        assertThat(tier(community, faller)).as("grace not over yet").isEqualTo(Tier.QANAT);

        assertThat(dueDemotions(T0.plus(Duration.ofHours(26)))).isPositive();
        assertThat(tier(community, faller)).isEqualTo(Tier.ICHWAN);
        assertThat(tier(community, recovers)).isEqualTo(Tier.QANAT);
        assertThat(queryLong("""
                SELECT count(*) FROM tier_changes WHERE community_id = ? AND user_id = ?
                  AND from_tier = 'QANAT' AND to_tier = 'ICHWAN' AND cause = 'DEMOTED_AFTER_GRACE'""",
                community.value(), faller.value())).isEqualTo(1);
        assertThat(queryLong("SELECT count(*) FROM member_profiles WHERE community_id = ? AND tier_below_since IS NOT NULL",
                community.value())).as("no demotion left pending").isZero();

        dueDemotions(T0.plus(Duration.ofHours(27)));
        assertThat(queryLong("SELECT count(*) FROM tier_changes WHERE community_id = ? AND cause = 'DEMOTED_AFTER_GRACE'",
                community.value())).as("running again changes nothing").isEqualTo(1);
    }

    private static int dueDemotions(Instant now) {
        return TierEngine.dueDemotions(Clock.fixed(now, ZoneOffset.UTC)).applyDueDemotions();
    }

    private static void ingest(CommunityId community, Instant at, List<ScoreEntry> entries) {
        TierEngine.ingestion(Clock.fixed(at, ZoneOffset.UTC)).ingestScores(new IngestScoresCommand(community, at, entries));
    }

    private static UserId member(CommunityId community, String nym) {
        UserId user = newUser();
        bean(RegisterMemberPort.class).registerMember(community, user, new Nym(nym), T0.minus(Duration.ofDays(1)));
        return user;
    }

    private static ScoreEntry entry(UserId user, String score) {
        return new ScoreEntry(Optional.of(user), Optional.empty(), Score.parse(score));
    }

    private static Tier tier(CommunityId community, UserId user) {
        return bean(LoadProfilesPort.class).findProfile(community, user).orElseThrow().tier();
    }
}
