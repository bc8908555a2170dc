package dev.tiergate.bootstrap.deadletters;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.application.port.in.deadletter.DeadLetterId;
import dev.tiergate.application.port.in.deadletter.DeadLetterView;
import dev.tiergate.application.port.in.deadletter.ListDeadLettersQuery;
import dev.tiergate.application.port.in.deadletter.OriginalPosition;
import dev.tiergate.application.port.in.deadletter.ReplayDeadLetterCommand;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The arguments are read strictly, and bad ones or a bad environment exit with 2 before NATS is called. */
class DeadLettersCliTest {

    // Nothing listens on port 9, so a call that were made would exit with 2 for "unreachable", saying so.
    private static final Map<String, String> ENV = Map.of("NATS_URL", "nats://127.0.0.1:9");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void readsAListPageAndAReplay() {
        assertThat(DeadLettersRequest.parse(List.of("list"))).isEqualTo(new DeadLettersRequest.ListPage(
                new ListDeadLettersQuery(Optional.empty(), ListDeadLettersQuery.DEFAULT_LIMIT)));
        assertThat(DeadLettersRequest.parse(List.of("list", "--limit", "100", "--after", "12")))
                .isEqualTo(new DeadLettersRequest.ListPage(
                        new ListDeadLettersQuery(Optional.of(new DeadLetterId(12)), 100)));
        assertThat(DeadLettersRequest.parse(List.of("replay", "7")))
                .isEqualTo(new DeadLettersRequest.Replay(new ReplayDeadLetterCommand(new DeadLetterId(7))));
    }

    @Test
    void badArgumentsExitWithTwoNamingTheArgument() {
        assertUsage(List.of(), "arguments must start with list or replay");
        assertUsage(List.of("purge"), "arguments must start with list or replay");
        assertUsage(List.of("replay"), "replay takes exactly one dead letter id");
        assertUsage(List.of("replay", "1", "2"), "replay takes exactly one dead letter id");
        assertUsage(List.of("replay", "0"), "replay must be a dead letter id");
        assertUsage(List.of("replay", "seven"), "replay must be a dead letter id");
        assertUsage(List.of("list", "--limit"), "list options are");
        assertUsage(List.of("list", "--limit", "101"), "--limit must be a number from 1 to 100");
        assertUsage(List.of("list", "--limit", "0"), "--limit must be a number from 1 to 100");
        assertUsage(List.of("list", "--after", "-3"), "--after must be a dead letter id");
        assertUsage(List.of("list", "--after", "1", "--after", "2"), "--after is given twice");
        assertUsage(List.of("list", "--all", "yes"), "--all is not an option of list");
    }

    @Test
    void aBadNatsUrlExitsWithTwoNamingTheVariable() {
        int code = DeadLettersCli.run(List.of("list"), Map.of("NATS_URL", "http://127.0.0.1:4222"), stream(out),
                stream(err));

        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("NATS_URL must be a URL with scheme nats or tls");
    }

    @Test
    void anUnreachableNatsExitsWithTwoWithoutItsCredentials() {
        int code = DeadLettersCli.run(List.of("list"), Map.of("NATS_URL", "nats://operator:s3cret@127.0.0.1:9"),
                stream(out), stream(err));

        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Cannot reach NATS at nats://127.0.0.1:9")
                .doesNotContain("s3cret");
    }

    @Test
    void printsOneReadableLinePerDeadLetter() {
        DeadLetterView view = new DeadLetterView(new DeadLetterId(12), "events.member.join",
                Optional.of(new OriginalPosition("EVENTS", 42)), "failed all 8 deliveries: database down",
                Instant.parse("2026-11-22T10:15:30Z"), 120);

        assertThat(DeadLettersCli.line(view)).isEqualTo("#12 2026-11-22T10:15:30Z events.member.join from EVENTS #42,"
                + " 120 bytes: failed all 8 deliveries: database down");
    }

    private void assertUsage(List<String> args, String problem) {
        out.reset();
        err.reset();

        int code = DeadLettersCli.run(args, ENV, stream(out), stream(err));

        assertThat(code).as(String.join(" ", args)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).as(String.join(" ", args))
                .contains("Cannot run dead-letters: " + problem).contains("Usage: dead-letters list");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    private static PrintStream stream(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}
