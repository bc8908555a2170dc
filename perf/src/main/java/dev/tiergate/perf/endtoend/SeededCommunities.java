package dev.tiergate.perf.endtoend;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.tiergate.bootstrap.GatewayMessage;
import io.nats.client.JetStream;
import io.nats.client.impl.Headers;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The communities a load runs in: {@code guilds} guilds of {@code membersPerGuild} scored members each,
 * seeded as the gateway does (one score batch per guild over NATS), and the member who sends message n:
 * the load walks every member of every guild in turn, so each member sends {@code 1 / (guilds ×
 * membersPerGuild)} of the rate and each guild {@code 1 / guilds} of it, within the default rate limits.
 */
record SeededCommunities(int guilds, int membersPerGuild) {

    private static final long FIRST_GUILD = 910_000_000_000_000_000L;
    private static final long FIRST_MEMBER = 920_000_000_000_000_000L;
    private static final String POSITION = "\"command_name\":\"position\"";

    int members() {
        return guilds * membersPerGuild;
    }

    /** Message n of a load: member n's (modulo the members) /position, created when it was due. */
    GatewayMessage position(int n, long dueEpochMillis) {
        int member = n % members();
        int guild = member % guilds;
        return GatewayMessage.interactionCreatedAt(guildId(guild), userId(guild, member / guilds), POSITION,
                dueEpochMillis, n);
    }

    /** A /position of someone who is no member, to see the service answer before the load starts. */
    GatewayMessage probe(int sequence) {
        return GatewayMessage.interactionCreatedAt(guildId(0), Long.toString(FIRST_MEMBER - 1 - sequence), POSITION,
                System.currentTimeMillis(), sequence);
    }

    /** Publishes each guild's score batch and waits until the service ranked every member. */
    void seed(JetStream jetStream, FreshDatabase database, Duration within) throws Exception {
        long asOf = System.currentTimeMillis();
        for (int guild = 0; guild < guilds; guild++) {
            List<String[]> scores = new ArrayList<>(membersPerGuild);
            for (int member = 0; member < membersPerGuild; member++) {
                scores.add(new String[] {userId(guild, member), Integer.toString(100_000 - member)});
            }
            GatewayMessage batch = GatewayMessage.scores(guildId(guild), asOf, scores);
            jetStream.publish("eligibility.scores", new Headers().add("Nats-Msg-Id", batch.eventId()),
                    batch.json().getBytes(UTF_8));
        }
        long deadline = System.nanoTime() + within.toNanos();
        long ranked;
        while ((ranked = ranked(database)) < members()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(String.format(Locale.ROOT,
                        "only %,d of %,d seeded members were ranked within %d s", ranked, members(), within.toSeconds()));
            }
            Thread.sleep(100);
        }
    }

    private long ranked(FreshDatabase database) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
                PreparedStatement count = connection.prepareStatement(
                        "SELECT count(*) FROM member_profiles WHERE rank IS NOT NULL");
                ResultSet row = count.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    private static String guildId(int guild) {
        return Long.toString(FIRST_GUILD + guild);
    }

    private static String userId(int guild, int member) {
        return Long.toString(FIRST_MEMBER + guild * 100_000L + member);
    }
}
