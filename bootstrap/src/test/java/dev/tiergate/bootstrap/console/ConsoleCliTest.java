package dev.tiergate.bootstrap.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.bootstrap.cli.SubCommand;
import dev.tiergate.testing.FreePort;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.Test;

class ConsoleCliTest {

    private final ByteArrayOutputStream errors = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(errors, true, StandardCharsets.UTF_8);

    @Test
    void refusesUnknownArgumentsWithTheUsage() throws IOException {
        assertThat(run(List.of("--guild", "1"), Map.of())).isEqualTo(SubCommand.USAGE);
        assertThat(errors.toString(StandardCharsets.UTF_8)).startsWith("Cannot run the console: arguments")
                .contains("Usage: java -jar bootstrap/target/tiergate.jar console [--member <user id or nym>]");
    }

    @Test
    void refusesAMemberTheDemoCommunityDoesNotHave() throws IOException {
        assertThat(run(List.of("--member", "nobody_here"), Map.of())).isEqualTo(SubCommand.USAGE);
        assertThat(errors.toString(StandardCharsets.UTF_8)).contains("--member names no demo member: nobody_here");
    }

    @Test
    void tellsTheUserToStartTheServiceWhenNothingAnswers() throws IOException {
        String nobody = "nats://127.0.0.1:" + FreePort.onLoopback("a NATS nobody runs");
        String noStandIn = Integer.toString(FreePort.onLoopback("a stand-in nobody runs"));

        assertThat(run(List.of(), Map.of("NATS_URL", nobody, "DISCORD_STAND_IN_PORT", noStandIn)))
                .isEqualTo(SubCommand.USAGE);
        assertThat(errors.toString(StandardCharsets.UTF_8)).contains("Cannot reach NATS at " + nobody)
                .contains("start the service first with bash deploy/local/run.sh");
    }

    private int run(List<String> args, Map<String, String> env) throws IOException {
        try (Terminal terminal = TerminalBuilder.builder().system(false).type(Terminal.TYPE_DUMB)
                .streams(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream()).build()) {
            return ConsoleCli.run(args, env, terminal, err);
        }
    }
}
