package dev.tiergate.application.service.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tiergate.application.port.in.activity.ActivityOutcome;
import dev.tiergate.application.port.in.activity.RecordActivityCommand;
import dev.tiergate.application.port.out.activity.ActivityCooldownPort;
import dev.tiergate.application.port.out.activity.ActivityPort;
import dev.tiergate.application.port.out.badge.SaveBadgeAwardsPort;
import dev.tiergate.application.port.out.transaction.CommunityWriteLockPort;
import dev.tiergate.domain.activity.ActivityBalance;
import dev.tiergate.domain.activity.ActivityKind;
import dev.tiergate.domain.activity.ActivityRules;
import dev.tiergate.domain.badge.AwardSource;
import dev.tiergate.domain.badge.BadgeGrant;
import dev.tiergate.domain.badge.BadgeId;
import dev.tiergate.domain.badge.BadgeRules;
import dev.tiergate.domain.community.Community;
import dev.tiergate.domain.community.CommunityConfig;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class RecordActivityServiceTest {

    private static final CommunityId GUILD = new CommunityId("123456789012345678");
    private static final UserId MEMBER = new UserId("223456789012345678");
    private static final String CHANNEL = "323456789012345678";
    private static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");

    private final InMemoryActivity activity = new InMemoryActivity();
    private final Map<String, UUID> holders = new HashMap<>();
    private final List<BadgeGrant> granted = new ArrayList<>();
    private boolean redisDown;
    private ActivityRules rules = ActivityRules.ALL_CHANNELS;

    private final ActivityCooldownPort cooldowns = (community, member, kind, id) -> {
        if (redisDown) {
            throw new IllegalStateException("cooldown store unavailable");
        }
        String key = community + ":" + kind + ":" + member;
        UUID holder = holders.putIfAbsent(key, id);
        return holder == null || holder.equals(id);
    };

    private final SaveBadgeAwardsPort awards = new SaveBadgeAwardsPort() {
        public boolean awardBadge(CommunityId c, BadgeGrant grant, Instant at) {
            throw new UnsupportedOperationException();
        }

        public boolean revokeBadge(CommunityId c, UserId m, BadgeId b, AwardSource by, String reason, Instant at) {
            throw new UnsupportedOperationException();
        }

        public int grantAutomaticBadges(CommunityId c, List<BadgeGrant> grants, Instant at) {
            int before = granted.size();
            grants.stream().filter(g -> granted.stream().noneMatch(h -> h.member().equals(g.member())
                    && h.badge().equals(g.badge()))).forEach(granted::add);
            return granted.size() - before;
        }
    };

    private RecordActivityService service() {
        CommunityConfig d = CommunityConfig.DEFAULTS;
        Community community = new Community(GUILD, "Sietch", true, new CommunityConfig(d.tierLadder(), d.naibCouncil(),
                d.rankBands(), d.demotionGrace(), d.badgeCatalog(), d.tierRoleIds(), d.adminRoleIds(), d.launchedAt(),
                rules));
        return new RecordActivityService(new RunNow(), id -> community, cooldowns, activity, awards);
    }

    @Test
    void aMessageAddsOnePointAndASecondWithinTheCooldownAddsNothing() {
        RecordActivityService service = service();

        assertThat(service.recordActivity(message(UUID.randomUUID()))).isInstanceOf(ActivityOutcome.Recorded.class);
        assertThat(service.recordActivity(message(UUID.randomUUID()))).isInstanceOf(ActivityOutcome.CoolingDown.class);

        assertThat(activity.balances.get(MEMBER).points()).isEqualTo(1.0);
    }

    @Test
    void aRedeliveredActivityCountsOnce() {
        RecordActivityService service = service();
        UUID id = UUID.randomUUID();

        service.recordActivity(message(id));

        assertThat(service.recordActivity(message(id))).isInstanceOf(ActivityOutcome.AlreadyRecorded.class);
        assertThat(activity.balances.get(MEMBER).points()).isEqualTo(1.0);
    }

    @Test
    void reactionsReceivedIgnoreCooldownsAndEarnTwo() {
        RecordActivityService service = service();
        redisDown = true;

        service.recordActivity(command(UUID.randomUUID(), ActivityKind.REACTION_RECEIVED, Optional.of(CHANNEL)));
        service.recordActivity(command(UUID.randomUUID(), ActivityKind.REACTION_RECEIVED, Optional.of(CHANNEL)));

        assertThat(activity.balances.get(MEMBER).points()).isEqualTo(4.0);
    }

    @Test
    void anUnavailableCooldownStoreFailsTheCallSoItIsRetried() {
        RecordActivityService service = service();
        redisDown = true;

        assertThatThrownBy(() -> service.recordActivity(message(UUID.randomUUID())))
                .hasMessageContaining("cooldown store unavailable");
    }

    @Test
    void untrackedChannelsEarnNothing() {
        rules = new ActivityRules(Set.of("423456789012345678"));

        assertThat(service().recordActivity(message(UUID.randomUUID()))).isInstanceOf(ActivityOutcome.NotTracked.class);
        assertThat(activity.balances).isEmpty();
    }

    @Test
    void reachingAThresholdAwardsTheEngagementBadgeOnce() {
        activity.balances.put(MEMBER, new ActivityBalance(99.5, NOW));
        RecordActivityService service = service();

        ActivityOutcome outcome = service.recordActivity(message(UUID.randomUUID()));

        assertThat(outcome).isEqualTo(new ActivityOutcome.Recorded(new ActivityBalance(100.5, NOW), 1));
        assertThat(granted).extracting(BadgeGrant::badge).containsExactly(BadgeRules.CONSISTENT);
        assertThat(service.recordActivity(command(UUID.randomUUID(), ActivityKind.REACTION_RECEIVED,
                Optional.of(CHANNEL)))).isEqualTo(new ActivityOutcome.Recorded(new ActivityBalance(102.5, NOW), 0));
    }

    private static RecordActivityCommand message(UUID id) {
        return command(id, ActivityKind.MESSAGE, Optional.of(CHANNEL));
    }

    private static RecordActivityCommand command(UUID id, ActivityKind kind, Optional<String> channel) {
        return new RecordActivityCommand(GUILD, id, MEMBER, kind, channel, NOW);
    }

    /** Runs the work at once: the fakes need no transaction. */
    private static final class RunNow implements CommunityWriteLockPort {
        public <T> T inCommunityTransaction(CommunityId communityId, Supplier<T> work) {
            return work.get();
        }
    }

    /** Balances and recorded activities in memory. */
    private static final class InMemoryActivity implements ActivityPort {

        final Map<UserId, ActivityBalance> balances = new HashMap<>();
        final Set<UUID> recorded = new HashSet<>();

        public boolean markRecorded(CommunityId communityId, UUID activityId, Instant at) {
            return recorded.add(activityId);
        }

        public Optional<ActivityBalance> addPoints(CommunityId communityId, UserId member, double points, Instant at) {
            ActivityBalance after = balances.getOrDefault(member, ActivityBalance.none(at)).plus(points, at);
            balances.put(member, after);
            return Optional.of(after);
        }

        public int forgetRecordedBefore(Instant cutoff, int limit) {
            throw new AssertionError("recording never forgets");
        }
    }
}
