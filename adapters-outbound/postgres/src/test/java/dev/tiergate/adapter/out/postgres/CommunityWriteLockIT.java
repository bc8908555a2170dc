package dev.tiergate.adapter.out.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tiergate.application.port.out.naib.LoadNaibSeatsPort;
import dev.tiergate.application.port.out.naib.UpdateNaibSeatsPort;
import dev.tiergate.application.port.out.profile.LoadProfilesPort;
import dev.tiergate.application.port.out.profile.RegisterMemberPort;
import dev.tiergate.application.port.out.ranking.LoadRankingPort;
import dev.tiergate.application.port.out.score.SaveScoresPort;
import dev.tiergate.application.port.out.transaction.CommunityWriteLockPort;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.naib.SeatingChanges;
import dev.tiergate.domain.profile.Nym;
import dev.tiergate.domain.profile.Score;
import dev.tiergate.domain.profile.ScoreEntry;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.rank.RankedMember;
import dev.tiergate.domain.shared.PageLimit;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The community write lock is one transaction that every adapter joins, and one writer per community at a time. */
class CommunityWriteLockIT extends AdapterIntegrationTest {

    private static final Instant T1 = Instant.parse("2025-07-01T00:00:00Z");

    private final CommunityWriteLockPort lock = bean(CommunityWriteLockPort.class);

    @Test
    void anExceptionRollsBackEveryWriteMadeThroughTheAdaptersInside() {
        CommunityId community = newCommunity();
        UserId user = newUser();

        assertThatThrownBy(() -> lock.inCommunityTransaction(community, () -> {
            bean(RegisterMemberPort.class).registerMember(community, user, new Nym("Feyd"), T1);
            bean(SaveScoresPort.class).saveScores(community, T1, List.of(entry(user, "50")), T1);
            bean(UpdateNaibSeatsPort.class).applySeatingChanges(community,
                    new SeatingChanges(List.of(user), List.of()), T1);
            assertThat(bean(LoadRankingPort.class).countRanked(community)).as("visible inside").isEqualTo(1);
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(bean(LoadProfilesPort.class).findProfile(community, user)).isEmpty();
        assertThat(bean(LoadRankingPort.class).countRanked(community)).isZero();
        assertThat(bean(LoadNaibSeatsPort.class).currentSeatings(community)).isEmpty();
    }

    @Test
    void writesInsideAreInvisibleToOtherConnectionsUntilTheWorkReturns() {
        CommunityId community = newCommunity();
        UserId user = newUser();

        long seenOutside = lock.inCommunityTransaction(community, () -> {
            bean(SaveScoresPort.class).saveScores(community, T1, List.of(entry(user, "1")), T1);
            assertThat(bean(LoadRankingPort.class).findRanked(community, user)).as("same transaction").isPresent();
            return profileCount(community);
        });

        assertThat(seenOutside).isZero();
        assertThat(profileCount(community)).isEqualTo(1);
    }

    @Test
    void twoWritersToOneCommunityRunOneAfterTheOther() throws Exception {
        CommunityId community = newCommunity();
        CountDownLatch firstInside = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        AtomicBoolean firstDone = new AtomicBoolean();
        AtomicBoolean secondInside = new AtomicBoolean();
        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            Future<?> first = threads.submit(() -> lock.inCommunityTransaction(community, () -> {
                firstInside.countDown();
                await(releaseFirst);
                firstDone.set(true);
                return null;
            }));
            assertThat(firstInside.await(5, TimeUnit.SECONDS)).isTrue();
            Future<Boolean> second = threads.submit(() -> lock.inCommunityTransaction(community, () -> {
                secondInside.set(true);
                return firstDone.get();
            }));
            try {
                Thread.sleep(300);
                assertThat(secondInside).as("second writer waits while the first holds the lock").isFalse();
            } finally {
                releaseFirst.countDown();
            }
            first.get(5, TimeUnit.SECONDS);
            assertThat(second.get(5, TimeUnit.SECONDS)).as("second ran after the first finished").isTrue();
        }
    }

    @Test
    void writersToDifferentCommunitiesDoNotWaitForEachOther() throws Exception {
        CommunityId one = newCommunity();
        CommunityId other = newCommunity();
        CountDownLatch firstInside = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            Future<?> first = threads.submit(() -> lock.inCommunityTransaction(one, () -> {
                firstInside.countDown();
                await(releaseFirst);
                return null;
            }));
            assertThat(firstInside.await(5, TimeUnit.SECONDS)).isTrue();

            Future<String> second = threads.submit(() -> lock.inCommunityTransaction(other, () -> "done"));
            try {
                assertThat(second.get(5, TimeUnit.SECONDS)).isEqualTo("done");
            } finally {
                releaseFirst.countDown();
            }
            first.get(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void concurrentBatchesToOneCommunityLeaveExactRanks() throws Exception {
        CommunityId community = newCommunity();
        List<UserId> users = Stream.generate(AdapterIntegrationTest::newUser).limit(200).toList();
        // Eight batches of disjoint members whose scores interleave: each batch moves everyone else's rank.
        try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<UserId>>> batches = IntStream.range(0, 8)
                    .mapToObj(batch -> threads.submit(() -> {
                        await(start);
                        return bean(SaveScoresPort.class).saveScores(community, T1,
                                IntStream.range(0, users.size()).filter(i -> i % 8 == batch)
                                        .mapToObj(i -> entry(users.get(i), Integer.toString(1000 - i)))
                                        .toList(), T1);
                    }))
                    .toList();
            start.countDown();
            for (Future<List<UserId>> batch : batches) {
                assertThat(batch.get(30, TimeUnit.SECONDS)).hasSize(25);
            }
        }

        assertThat(bean(LoadRankingPort.class).findFromRank(community, 1, new PageLimit(1000)))
                .extracting(RankedMember::userId)
                .containsExactlyElementsOf(users);
    }

    private static long profileCount(CommunityId community) {
        return queryLong("SELECT count(*) FROM member_profiles WHERE community_id = ?", community.value());
    }

    private static ScoreEntry entry(UserId user, String score) {
        return new ScoreEntry(Optional.of(user), Optional.empty(), Score.parse(score));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
