package dev.tiergate.perf.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine a run measured on: the figures are ratios because such a machine is noisy. */
public record Machine(int cores, String cpu, long memoryMegabytes, String loadBefore, String java, String os) {

    public static Machine current() {
        return new Machine(Runtime.getRuntime().availableProcessors(), cpuModel(),
                totalMemoryMegabytes(), loadAverage(), System.getProperty("java.vm.name") + " " + Runtime.version(),
                System.getProperty("os.name") + " " + System.getProperty("os.version"));
    }

    /** The 1, 5 and 15 minute load averages, read again whenever asked: before and after each goal. */
    public static String loadAverage() {
        return firstLine(Path.of("/proc/loadavg")).replaceAll("^(\\S+ \\S+ \\S+).*", "$1");
    }

    private static String cpuModel() {
        try (var lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(line -> line.startsWith("model name")).findFirst()
                    .map(line -> line.substring(line.indexOf(':') + 1).strip()).orElse("unknown");
        } catch (IOException | RuntimeException unreadable) {
            return "unknown";
        }
    }

    private static long totalMemoryMegabytes() {
        try (var lines = Files.lines(Path.of("/proc/meminfo"))) {
            return lines.filter(line -> line.startsWith("MemTotal:")).findFirst()
                    .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024).orElse(0L);
        } catch (IOException | RuntimeException unreadable) {
            return 0;
        }
    }

    private static String firstLine(Path file) {
        try {
            return Files.readAllLines(file).getFirst();
        } catch (IOException | RuntimeException unreadable) {
            return "unknown";
        }
    }
}
