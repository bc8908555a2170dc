package dev.tiergate.perf.endtoend;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** Reads a process's resident set (VmRSS in /proc/&lt;pid&gt;/status) every second and keeps the largest. */
final class ResidentSetSampler implements AutoCloseable {

    private static final Duration EVERY = Duration.ofSeconds(1);

    private final Path status;
    private final Thread sampler;
    private volatile long maxBytes;
    private volatile int samples;

    private ResidentSetSampler(long pid) {
        this.status = Path.of("/proc", Long.toString(pid), "status");
        this.sampler = Thread.ofPlatform().daemon().name("rss-" + pid).start(this::sample);
    }

    static ResidentSetSampler of(long pid) {
        return new ResidentSetSampler(pid);
    }

    long maxBytes() {
        return maxBytes;
    }

    int samples() {
        return samples;
    }

    private void sample() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                for (String line : Files.readAllLines(status)) {
                    if (line.startsWith("VmRSS:")) {
                        long bytes = Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                        maxBytes = Math.max(maxBytes, bytes);
                        samples++;
                    }
                }
                Thread.sleep(EVERY);
            } catch (IOException gone) {
                return;
            } catch (InterruptedException stopped) {
                return;
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        sampler.interrupt();
        sampler.join();
    }
}
