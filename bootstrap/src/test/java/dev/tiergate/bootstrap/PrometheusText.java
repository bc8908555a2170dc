package dev.tiergate.bootstrap;

/** Reads numbers from the Prometheus text a service serves on {@code /metrics} (its management port). */
final class PrometheusText {

    private PrometheusText() {
    }

    /** The sum of every sample of {@code metric} whose labels contain {@code labels} (e.g. {@code outcome="expired"}). */
    static double sum(String exposition, String metric, String labels) {
        double sum = 0;
        for (String line : exposition.split("\n")) {
            if (line.startsWith(metric + "{") && line.contains(labels)) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return sum;
    }

    /** Whether any sample of {@code metric} carries {@code labels}: a series that was never counted is absent. */
    static boolean has(String exposition, String metric, String labels) {
        for (String line : exposition.split("\n")) {
            if (line.startsWith(metric + "{") && line.contains(labels)) {
                return true;
            }
        }
        return false;
    }
}
