package dev.tiergate.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.application.port.in.member.RegisterMemberCommand;
import dev.tiergate.application.port.in.member.RegisterMemberUseCase;
import dev.tiergate.application.port.in.threshold.ShowThresholdQuery;
import dev.tiergate.application.port.in.threshold.ShowThresholdUseCase;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Seeds a running Tiergate with members {@code fremen1..fremenN} (member n joined n seconds into 2026)
 * and their scores, sent over NATS as a score batch, and waits until they are ranked.
 */
final class RankedCommunity {

    /** Someone who is no member: the warm-up spends no member's rate-limit budget. */
    private static final String VISITOR = "100000000000000001";

    private RankedCommunity() {
    }

    static void seed(RunningTiergate tiergate, String guild, int members, IntFunction<String> user,
            IntFunction<String> score) throws Exception {
        RegisterMemberUseCase register = tiergate.bean(RegisterMemberUseCase.class);
        List<String[]> scores = new ArrayList<>();
        for (int n = 1; n <= members; n++) {
            register.registerMember(new RegisterMemberCommand(new CommunityId(guild), new UserId(user.apply(n)),
                    "fremen" + n, Instant.parse("2026-01-01T00:00:00Z").plusSeconds(n)));
            scores.add(new String[] {user.apply(n), score.apply(n)});
        }
        tiergate.publish("eligibility.scores", GatewayMessage.scores(guild, Instant.now().toEpochMilli(), scores));
        ShowThresholdUseCase threshold = tiergate.bean(ShowThresholdUseCase.class);
        int eligible = Math.min(members, 69);
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (threshold.showThreshold(new ShowThresholdQuery(new CommunityId(guild))).eligibleCount() < eligible) {
            assertThat(System.nanoTime()).as("scores ingested over NATS in time").isLessThan(deadline);
            Thread.sleep(50);
        }
        awaitAnswering(tiergate, guild);
    }

    /**
     * Waits until the freshly started service answers an interaction (a visitor's /threshold), so the
     * first interaction a test times is not also the one that warms up the whole path on a busy
     * machine: an interaction handled more than 3 s after its creation is, rightly, never answered.
     */
    private static void awaitAnswering(RunningTiergate tiergate, String guild) throws Exception {
        for (int attempt = 1; attempt <= 3; attempt++) {
            GatewayMessage probe = GatewayMessage.interaction(guild, VISITOR, "\"command_name\":\"threshold\"");
            tiergate.publish("commands.interaction", probe);
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (System.nanoTime() < deadline) {
                if (tiergate.discord.requests().stream().anyMatch(r -> r.path().contains("/" + probe.interactionId() + "/"))) {
                    return;
                }
                Thread.sleep(25);
            }
        }
        throw new AssertionError("the service answered no interaction in three attempts");
    }
}
