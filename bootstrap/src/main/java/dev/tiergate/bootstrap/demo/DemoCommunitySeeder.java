package dev.tiergate.bootstrap.demo;

import dev.tiergate.application.port.in.member.RegisterMemberCommand;
import dev.tiergate.application.port.in.member.RegisterMemberUseCase;
import dev.tiergate.application.port.in.score.IngestScoresCommand;
import dev.tiergate.application.port.in.score.IngestScoresUseCase;
import dev.tiergate.application.port.in.score.ScoreIngestion;
import dev.tiergate.domain.profile.Score;
import dev.tiergate.domain.profile.ScoreEntry;
import dev.tiergate.domain.profile.UserId;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seeds the demo community through the same use cases real events use: a few hundred members
 * with Dune-flavoured nyms and a score batch. Deterministic, and seeding twice changes nothing.
 */
@Singleton
public class DemoCommunitySeeder {

    private static final Logger LOG = LoggerFactory.getLogger(DemoCommunitySeeder.class);
    private static final String[] NAMES = {"stilgar", "chani", "jamis", "harah", "liet", "otheym", "shadout", "farok",
        "korba", "tharthar", "naib", "usul", "muadib", "sietch", "fremen", "gurney"};
    /** A fixed as-of, so a reseed is a replay and ingestion ignores it. */
    private static final Instant SCORES_AS_OF = Instant.parse("2026-01-01T00:00:00Z");

    private final RegisterMemberUseCase members;
    private final IngestScoresUseCase scores;
    private final Clock clock;

    DemoCommunitySeeder(RegisterMemberUseCase members, IngestScoresUseCase scores, Clock clock) {
        this.members = members;
        this.scores = scores;
        this.clock = clock;
    }

    public void seed() {
        SplittableRandom random = new SplittableRandom(42);
        Instant now = clock.instant();
        List<ScoreEntry> entries = new ArrayList<>();
        for (int n = 1; n <= DemoCommunity.MEMBERS; n++) {
            UserId user = DemoCommunity.member(n);
            String username = NAMES[n % NAMES.length] + (n / NAMES.length == 0 ? "" : "_" + n);
            Instant joined = now.minus(Duration.ofDays(random.nextInt(1, 240)));
            members.registerMember(new RegisterMemberCommand(DemoCommunity.GUILD, user, username, joined));
            // Scores fall off with the member number, so the ladder from Usul to no tier is all populated.
            BigDecimal score = BigDecimal.valueOf(2400.0 * Math.pow(0.985, n) + random.nextDouble(0, 3))
                    .setScale(6, java.math.RoundingMode.HALF_UP);
            entries.add(new ScoreEntry(Optional.of(user), Optional.empty(), new Score(score)));
        }
        ScoreIngestion result = scores.ingestScores(new IngestScoresCommand(DemoCommunity.GUILD, SCORES_AS_OF, entries));
        LOG.info("Demo community {} ready: {} members, {} scores applied, {} tier changes, {} seat changes",
                DemoCommunity.GUILD, DemoCommunity.MEMBERS, result.scoresApplied(), result.tierChanges(),
                result.seatChanges());
    }
}
