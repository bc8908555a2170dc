package dev.tiergate.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A process's or a thread's {@code /proc/.../stat}, as the fields after its command name: the state is
 * {@code [0]}, user and system CPU time in clock ticks {@code [11]} and {@code [12]}.
 */
public final class ProcStat {

    private ProcStat() {
    }

    public static String[] fields(Path stat) throws IOException {
        String line = Files.readString(stat);
        // The command name, in parentheses, may itself hold spaces and parentheses: start after its last ')'.
        return line.substring(line.lastIndexOf(')') + 2).trim().split(" ");
    }
}
