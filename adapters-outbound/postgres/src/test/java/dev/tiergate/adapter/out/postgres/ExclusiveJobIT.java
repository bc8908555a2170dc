package dev.tiergate.adapter.out.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.application.port.out.job.ExclusiveJobPort;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ExclusiveJobIT extends AdapterIntegrationTest {

    private final ExclusiveJobPort jobs = bean(ExclusiveJobPort.class);

    @Test
    void whileOneRunnerHoldsAJobAnotherSkipsItAndAnotherJobStillRuns() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread first = Thread.ofVirtual().start(() -> jobs.runAlone("sweep", () -> {
            running.countDown();
            await(release);
        }));
        assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();

        AtomicBoolean secondRan = new AtomicBoolean();
        assertThat(jobs.runAlone("sweep", () -> secondRan.set(true))).isFalse();
        assertThat(secondRan).isFalse();
        assertThat(jobs.runAlone("prune", () -> { })).as("another job is not blocked").isTrue();

        release.countDown();
        first.join();
        assertThat(jobs.runAlone("sweep", () -> secondRan.set(true))).as("free again once the first ended").isTrue();
        assertThat(secondRan).isTrue();
    }

    @Test
    void aFailingJobReleasesItsLock() {
        try {
            jobs.runAlone("fails", () -> {
                throw new IllegalStateException("boom");
            });
        } catch (IllegalStateException expected) {
            assertThat(expected).hasMessage("boom");
        }
        assertThat(jobs.runAlone("fails", () -> { })).isTrue();
    }

    @Test
    void aJobHeldByAnotherSessionIsSkippedUntilThatSessionEnds() throws Exception {
        Connection other = separateConnection();
        try (PreparedStatement lock = other.prepareStatement("SELECT pg_advisory_lock(?, ?)")) {
            lock.setInt(1, PostgresExclusiveJobAdapter.TIERGATE_JOBS);
            lock.setInt(2, PostgresExclusiveJobAdapter.key("demotions"));
            lock.execute();
        }
        assertThat(jobs.runAlone("demotions", () -> { })).isFalse();

        other.close(); // the other replica died: its session, and so its lock, ends (the server notices at once or soon)
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        boolean ran = false;
        while (!ran && System.nanoTime() < deadline) {
            ran = jobs.runAlone("demotions", () -> { });
            Thread.sleep(20);
        }
        assertThat(ran).as("the job runs once the other session is gone").isTrue();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
