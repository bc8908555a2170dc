package dev.tiergate.adapter.out.redis;

import io.lettuce.core.api.sync.RedisCommands;
import java.util.HashMap;
import java.util.Map;

/** Redis's own count of the commands it ran ({@code INFO commandstats}): what each call really cost. */
final class CommandCounts {

    private CommandCounts() {
    }

    static Map<String, Long> of(RedisCommands<String, String> probe) {
        Map<String, Long> calls = new HashMap<>();
        for (String line : probe.info("commandstats").split("\r?\n")) {
            if (line.startsWith("cmdstat_")) {
                String name = line.substring("cmdstat_".length(), line.indexOf(':'));
                String count = line.substring(line.indexOf("calls=") + "calls=".length(), line.indexOf(','));
                calls.put(name, Long.parseLong(count));
            }
        }
        return calls;
    }

    /** The commands that ran between two counts, and how often; those that did not run are left out. */
    static Map<String, Long> delta(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> delta = new HashMap<>();
        after.forEach((command, calls) -> {
            long change = calls - before.getOrDefault(command, 0L);
            if (change != 0) {
                delta.put(command, change);
            }
        });
        return delta;
    }
}
