package dev.tiergate.bootstrap.cli;

import dev.tiergate.bootstrap.config.InvalidSettingException;
import java.io.PrintStream;

/** What the one-off sub-commands ({@code api-keys}, {@code dead-letters}, {@code register-commands}) share. */
public final class SubCommand {

    /** Done as asked. */
    public static final int DONE = 0;
    /** Ran, but could not do it (nothing to act on, refused, or a failure mid-way). */
    public static final int NOT_DONE = 1;
    /** Never started: bad arguments, bad settings, or a backend out of reach. */
    public static final int USAGE = 2;

    private SubCommand() {
    }

    /** Says why the sub-command cannot {@code attempt} and how to call it; returns {@link #USAGE}. */
    public static int refuse(String attempt, InvalidSettingException invalid, String usage, PrintStream err) {
        err.println("Cannot " + attempt + ": " + invalid.getMessage());
        err.println(usage);
        return USAGE;
    }
}
