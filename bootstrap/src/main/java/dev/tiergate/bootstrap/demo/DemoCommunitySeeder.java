package dev.tiergate.bootstrap.demo;

import dev.tiergate.application.port.in.badge.AwardBadgeCommand;
import dev.tiergate.application.port.in.badge.AwardBadgeUseCase;
import dev.tiergate.application.port.in.badge.BadgeAwardResult;
import dev.tiergate.application.port.in.badge.BadgeHolder;
import dev.tiergate.application.port.in.badge.SweepAutomaticBadgesUseCase;
import dev.tiergate.application.port.in.communitystats.CommunityStatsQuery;
import dev.tiergate.application.port.in.communitystats.ShowCommunityStatsUseCase;
import dev.tiergate.application.port.in.member.RegisterMemberCommand;
import dev.tiergate.application.port.in.member.RegisterMemberUseCase;
import dev.tiergate.application.port.in.privacy.DeleteMemberDataCommand;
import dev.tiergate.application.port.in.privacy.DeleteMemberDataUseCase;
import dev.tiergate.application.port.in.score.IngestScoresCommand;
import dev.tiergate.application.port.in.score.IngestScoresUseCase;
import dev.tiergate.application.port.in.score.ScoreIngestion;
import dev.tiergate.bootstrap.demo.DemoCommunity.DemoMember;
import dev.tiergate.domain.badge.AwardSource;
import dev.tiergate.domain.privacy.DeletionActor;
import dev.tiergate.domain.profile.Score;
import dev.tiergate.domain.profile.ScoreEntry;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seeds the {@link DemoCommunity} through the same use cases real events and admins use: members with
 * their join dates, one score batch, the contribution badges an admin gave, then the automatic badges'
 * sweep. A community that already has its members is left as it is (a restart is quick, and what the
 * console changed stays); a reseed first deletes every demo member's data, as a data-deletion request
 * would, and seeds afresh. Every step is idempotent, so an interrupted seed is completed by a reseed.
 */
@Singleton
public class DemoCommunitySeeder {

    private static final Logger LOG = LoggerFactory.getLogger(DemoCommunitySeeder.class);
    /** A fixed as-of, so a restart replays the batch and ingestion ignores it. */
    private static final Instant SCORES_AS_OF = Instant.parse("2026-01-01T00:00:00Z");
    private static final String AWARD_REASON = "demo community";

    private final RegisterMemberUseCase members;
    private final IngestScoresUseCase scores;
    private final AwardBadgeUseCase awards;
    private final SweepAutomaticBadgesUseCase automaticBadges;
    private final DeleteMemberDataUseCase deletions;
    private final ShowCommunityStatsUseCase stats;
    private final Clock clock;

    DemoCommunitySeeder(RegisterMemberUseCase members, IngestScoresUseCase scores, AwardBadgeUseCase awards,
            SweepAutomaticBadgesUseCase automaticBadges, DeleteMemberDataUseCase deletions,
            ShowCommunityStatsUseCase stats, Clock clock) {
        this.members = members;
        this.scores = scores;
        this.awards = awards;
        this.automaticBadges = automaticBadges;
        this.deletions = deletions;
        this.stats = stats;
        this.clock = clock;
    }

    /** Seeds the demo community; with {@code reseed}, first deletes every demo member so it starts afresh. */
    public void seed(boolean reseed) {
        List<DemoMember> roster = DemoCommunity.roster();
        if (reseed) {
            forget(roster);
        } else if (stats.showCommunityStats(new CommunityStatsQuery(DemoCommunity.GUILD)).members() >= roster.size()) {
            LOG.info("Demo community {} is already seeded; bash deploy/local/run.sh --reseed starts it afresh",
                    DemoCommunity.GUILD);
            return;
        }
        Instant now = clock.instant();
        long started = System.nanoTime();
        for (DemoMember member : roster) {
            members.registerMember(new RegisterMemberCommand(DemoCommunity.GUILD, member.userId(), member.username(),
                    now.minus(Duration.ofDays(member.daysSinceJoining()))));
        }
        List<ScoreEntry> entries = roster.stream()
                .map(member -> new ScoreEntry(Optional.of(member.userId()), Optional.empty(), new Score(member.score())))
                .toList();
        long registered = System.nanoTime();
        ScoreIngestion result = scores.ingestScores(new IngestScoresCommand(DemoCommunity.GUILD, SCORES_AS_OF, entries));
        long scored = System.nanoTime();
        long awarded = roster.stream().mapToLong(this::awardContributionBadges).sum();
        automaticBadges.sweepAutomaticBadges();
        LOG.info("Demo community {} ready{}: {} members, {} scores applied, {} tier changes, {} seat changes,"
                + " {} contribution badges awarded (members {} ms, scores {} ms, badges {} ms)", DemoCommunity.GUILD,
                reseed ? " (reseeded)" : "", DemoCommunity.MEMBERS, result.scoresApplied(), result.tierChanges(),
                result.seatChanges(), awarded, millis(started, registered), millis(registered, scored),
                millis(scored, System.nanoTime()));
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    private long awardContributionBadges(DemoMember member) {
        return member.contributionBadges().stream()
                .map(badge -> awards.awardBadge(new AwardBadgeCommand(DemoCommunity.GUILD,
                        new AwardSource.Member(DemoCommunity.DEMO_MEMBER), new BadgeHolder.ById(member.userId()), badge,
                        Optional.of(AWARD_REASON))))
                .filter(BadgeAwardResult.Awarded.class::isInstance)
                .count();
    }

    /** Deletes every demo member, the admin last so it still names who asked for the others. */
    private void forget(List<DemoMember> roster) {
        DeletionActor admin = new DeletionActor.Admin(DemoCommunity.DEMO_MEMBER);
        roster.stream()
                .sorted(Comparator.comparing(member -> member.userId().equals(DemoCommunity.DEMO_MEMBER)))
                .forEach(member -> deletions.deleteMemberData(
                        new DeleteMemberDataCommand(DemoCommunity.GUILD, member.userId(), admin)));
        LOG.info("Demo community {}: deleted the data of its {} members to reseed", DemoCommunity.GUILD, roster.size());
    }
}
