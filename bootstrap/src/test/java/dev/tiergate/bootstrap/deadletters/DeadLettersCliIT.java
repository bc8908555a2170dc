package dev.tiergate.bootstrap.deadletters;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.adapter.out.nats.NatsStreamAdmin;
import dev.tiergate.adapter.out.nats.NatsTestServer;
import dev.tiergate.bootstrap.TiergateApplication;
import io.nats.client.Connection;
import io.nats.client.JetStreamManagement;
import io.nats.client.Nats;
import io.nats.client.impl.Headers;
import io.nats.client.impl.NatsMessage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** dead-letters against a private nats-server holding dead letters as the listeners write them. */
@Timeout(60)
class DeadLettersCliIT {

    private static final String MEMBER_JOIN = "{\"event_id\":\"6f1c1d52-0000-4000-8000-000000000001\"}";

    private NatsTestServer server;
    private Connection connection;
    private JetStreamManagement jsm;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void startNats() throws Exception {
        server = NatsTestServer.start();
        connection = Nats.connect(server.url());
        jsm = connection.jetStreamManagement();
        new NatsStreamAdmin(connection).ensureStreams();
        deadLetter("events.member.join", "EVENTS-42", "failed all 8 deliveries: database down", MEMBER_JOIN);
        deadLetter("commands.interaction", "COMMANDS-7", "not JSON", "");
        deadLetter("eligibility.scores", "ELIGIBILITY-3", "rejected by the domain: as_of in the future", "{}");
    }

    @AfterEach
    void stopNats() throws Exception {
        connection.close();
        server.close();
    }

    @Test
    void listsOneLinePerDeadLetterAndPointsToTheNextPage() {
        assertThat(run("list", "--limit", "2")).isZero();

        assertThat(lines(out)).hasSize(3);
        assertThat(lines(out).get(0)).startsWith("#1 ").endsWith(" events.member.join from EVENTS #42, "
                + MEMBER_JOIN.length() + " bytes: failed all 8 deliveries: database down");
        assertThat(lines(out).get(1)).startsWith("#2 ").endsWith(" commands.interaction from COMMANDS #7, 0 bytes: not JSON");
        assertThat(lines(out).get(2)).isEqualTo("More: dead-letters list --after 2 --limit 2");

        out.reset();
        assertThat(run("list", "--after", "2")).isZero();
        assertThat(lines(out)).singleElement().asString().startsWith("#3 ").contains("eligibility.scores");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void replaysAnEventOnceAndThenNoLongerFindsIt() throws Exception {
        assertThat(run("replay", "1")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo("Replayed dead letter #1 on events.member.join and removed it" + System.lineSeparator());

        assertThat(run("replay", "1")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("No dead letter #1");

        assertThat(jsm.getStreamInfo("EVENTS").getStreamState().getMsgCount()).isEqualTo(1);
        assertThat(new String(jsm.getMessage("EVENTS", 1).getData(), StandardCharsets.UTF_8)).isEqualTo(MEMBER_JOIN);
        assertThat(jsm.getStreamInfo("DEAD_LETTERS").getStreamState().getMsgCount()).isEqualTo(2);
    }

    @Test
    void refusesAnInteractionWithExitCodeOne() throws Exception {
        assertThat(run("replay", "2")).isEqualTo(1);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Refused to replay dead letter #2:",
                "interaction token was redacted");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(jsm.getStreamInfo("COMMANDS").getStreamState().getMsgCount()).isZero();
        assertThat(jsm.getStreamInfo("DEAD_LETTERS").getStreamState().getMsgCount()).isEqualTo(3);
    }

    @Test
    void theServiceJarsMainRunsTheSubCommand() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), TiergateApplication.class.getName(),
                "dead-letters", "list", "--limit", "1").redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("DATABASE_") || name.startsWith("NATS_")
                || name.startsWith("REDIS_") || name.startsWith("DISCORD_") || name.startsWith("TIERGATE_"));
        env.put("NATS_URL", server.url());

        Process process = builder.start();
        boolean exited = process.waitFor(45, TimeUnit.SECONDS);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(exited).as("exits by itself").isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains(" events.member.join from EVENTS #42, ").contains("More: dead-letters list --after 1")
                .doesNotContain("Startup completed");
    }

    private int run(String... args) {
        return DeadLettersCli.run(List.of(args), Map.of("NATS_URL", server.url()),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static List<String> lines(ByteArrayOutputStream bytes) {
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    /** Stores a dead letter with the headers the listeners' DeadLetterPublisher writes. */
    private void deadLetter(String subject, String origin, String reason, String body) throws Exception {
        connection.jetStream().publish(NatsMessage.builder().subject("dlq." + subject)
                .headers(new Headers().put("Tiergate-Dead-Letter-Reason", reason)
                        .put("Tiergate-Original-Subject", subject).put("Tiergate-Original-Sequence", origin))
                .data(body.getBytes(StandardCharsets.UTF_8)).build());
    }
}
