package dev.tiergate.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.bootstrap.console.ConsoleCli;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The try-it console end to end, driven as a user would drive it over a terminal: beside the real service
 * with its demo community (reseeded), pick a member, run three commands, page the directory with its Next
 * button, award a badge with Tab completing the nym, quit; the replies are the service's real answers, read back from the Discord stand-in.
 */
class ConsoleSystemIT {

    private static final String PROMPT = "jamis_66> ";
    private static final Duration REPLY_WITHIN = Duration.ofSeconds(30);
    /** ANSI control sequences (cursor, modes, colours) and carriage returns. */
    private static final Pattern CONTROL = Pattern.compile("\u001B\\[[?0-9;]*[A-Za-z]|\u001B[=>]|\r");
    private static RunningTiergate tiergate;

    @BeforeAll
    static void startTheServiceWithItsDemoCommunity() throws Exception {
        long started = System.nanoTime();
        tiergate = new RunningTiergate(Map.of("TIERGATE_DEMO", "true", "TIERGATE_DEMO_RESEED", "true"));
        System.out.printf("ConsoleSystemIT: service with a reseeded demo community ready in %d ms%n",
                Duration.ofNanos(System.nanoTime() - started).toMillis());
    }

    @AfterAll
    static void stop() throws Exception {
        tiergate.close();
    }

    @Test
    void aUserPicksAMemberRunsCommandsPagesTheDirectoryAndQuits() throws Exception {
        try (ConsoleUser user = new ConsoleUser()) {
            user.awaitScreen("member> ", 1);
            user.type("3");
            user.awaitScreen(PROMPT, 1);
            assertThat(user.screen()).contains("Speaking as jamis_66 (Fedaykin, admin)");

            String position = user.run("/position", 2);
            assertThat(position).containsPattern("(?i)rank[^\\n]*66").contains("(only you can see this)");

            String tiers = user.run("/leaderboard tiers", 3);
            assertThat(tiers).contains("Hajra").contains("Ichwan").contains("to Qanat").doesNotContain("**");

            String firstPage = user.run("/directory", 4);
            Matcher next = Pattern.compile("\\[(\\d+)] Next").matcher(firstPage);
            assertThat(next.find()).as("a numbered Next button in:%n%s", firstPage).isTrue();

            assertThat(firstPage).contains("Page: 1 ·");

            String secondPage = user.run(next.group(1), 5);
            assertThat(secondPage).contains("Page: 2 ·").contains("Next");
            assertThat(members(firstPage)).isNotEmpty();
            assertThat(members(secondPage)).isNotEmpty().doesNotContainAnyElementsOf(members(firstPage));

            // Tab sends a real autocomplete interaction; the service's only match completes the nym, which
            // "jamis_6" alone would not name.
            String award = user.run("/admin-badge award nym:jamis_6\tbadge:teacher reason:tried the console", 6);
            assertThat(award).contains("Teacher awarded to jamis_66.");
            assertThat(tiergate.discord.requests()).anySatisfy(request -> assertThat(request.body())
                    .contains("\"type\":8").contains("\"value\":\"jamis_66\""));

            user.type("quit");
            int exitCode = user.exitCode(REPLY_WITHIN);
            assertThat(user.screen()).as("exit code %d", exitCode).contains("Bye.");
            assertThat(exitCode).isEqualTo(0);
        }
    }

    /** The lines of a directory page that list members (its description), to compare two pages. */
    private static List<String> members(String page) {
        return page.lines().filter(line -> !line.isBlank() && !line.startsWith(" ") && !line.startsWith("─")
                && !line.startsWith("[") && !line.startsWith("▾") && !line.startsWith("(")
                && !line.contains(PROMPT)).toList();
    }

    /** A person at a terminal running the console: what they type goes in, what it prints comes out. */
    private static final class ConsoleUser implements AutoCloseable {

        private final PipedOutputStream keyboard = new PipedOutputStream();
        private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
        private final ByteArrayOutputStream errors = new ByteArrayOutputStream();
        private final Terminal terminal;
        private final Thread console;
        private final AtomicInteger exitCode = new AtomicInteger(-1);

        ConsoleUser() throws IOException {
            PipedInputStream in = new PipedInputStream(keyboard, 1 << 16);
            OutputStream screen = new OutputStream() {
                @Override
                public void write(int b) {
                    synchronized (printed) {
                        printed.write(b);
                    }
                }

                @Override
                public void write(byte[] bytes, int offset, int length) {
                    synchronized (printed) {
                        printed.write(bytes, offset, length);
                    }
                }
            };
            // An emulated terminal (line discipline, key bindings) over pipes, as a pseudo-terminal would be.
            terminal = TerminalBuilder.builder().system(false).streams(in, screen).type("xterm")
                    .size(new Size(160, 50)).encoding(StandardCharsets.UTF_8).build();
            Map<String, String> env = Map.of("NATS_URL", tiergate.nats.url(),
                    "DISCORD_STAND_IN_PORT", Integer.toString(tiergate.discord.baseUrl().getPort()));
            PrintStream err = new PrintStream(errors, true, StandardCharsets.UTF_8);
            console = Thread.ofPlatform().name("console-user").start(() ->
                    exitCode.set(ConsoleCli.run(List.of(), env, terminal, err)));
        }

        void type(String line) throws IOException {
            keyboard.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            keyboard.flush();
        }

        /** Types a line and answers what was printed for it (after its echo) until the {@code prompts}-th prompt. */
        String run(String line, int prompts) throws Exception {
            int before = screen().length();
            type(line);
            awaitScreen(PROMPT, prompts);
            String since = screen().substring(before);
            return since.substring(since.indexOf('\n') + 1, since.lastIndexOf(PROMPT));
        }

        /** What the terminal shows: the text printed, without the terminal's control sequences and carriage returns. */
        String screen() {
            synchronized (printed) {
                return CONTROL.matcher(printed.toString(StandardCharsets.UTF_8)).replaceAll("");
            }
        }

        void awaitScreen(String text, int times) throws InterruptedException {
            long deadline = System.nanoTime() + REPLY_WITHIN.toNanos();
            while (occurrences(screen(), text) < times) {
                if (System.nanoTime() > deadline || !console.isAlive()) {
                    throw new AssertionError("Waited for '" + text + "' x" + times + "; the console printed:\n"
                            + screen() + "\nand on stderr:\n" + errors.toString(StandardCharsets.UTF_8));
                }
                Thread.sleep(50);
            }
        }

        int exitCode(Duration within) throws InterruptedException {
            console.join(within);
            return exitCode.get();
        }

        private static int occurrences(String text, String part) {
            int count = 0;
            for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
                count++;
            }
            return count;
        }

        /** Stops the console and keeps what it printed in target/console-transcript.txt, to read after the test. */
        @Override
        public void close() throws IOException, InterruptedException {
            keyboard.close();
            console.join(REPLY_WITHIN);
            terminal.close();
            Files.writeString(Path.of("target", "console-transcript.txt"), screen(), StandardCharsets.UTF_8);
        }
    }
}
