package dev.tiergate.adapter.out.postgres;

import dev.tiergate.application.port.out.community.EnsureCommunityPort;
import dev.tiergate.application.port.out.transaction.CommunityWriteLockPort;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import io.micronaut.context.ApplicationContext;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Starts the adapters in a Micronaut context on this JVM's test database, once per test class.
 * Each test works in communities of its own, so tests never see each other's rows.
 */
abstract class AdapterIntegrationTest {

    private static final AtomicLong NEXT_ID = new AtomicLong(
            100_000_000_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000_000_000L));

    static ApplicationContext context;

    @BeforeAll
    static void startContext() {
        context = ApplicationContext.run(TestDatabase.micronautProperties());
    }

    @AfterAll
    static void stopContext() {
        context.close();
    }

    static <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** A fresh snowflake (18 digits), never handed out twice in this JVM. */
    static String snowflake() {
        return Long.toString(NEXT_ID.getAndAdd(ThreadLocalRandom.current().nextLong(1, 1_000)));
    }

    static UserId newUser() {
        return new UserId(snowflake());
    }

    /** A new community with default rules. */
    static CommunityId newCommunity() {
        CommunityId id = new CommunityId(snowflake());
        bean(EnsureCommunityPort.class).ensureCommunity(id);
        return id;
    }

    /** What a member.leave will do (no port for it yet): mark the member left, unrank it, re-rank. */
    static void markLeft(CommunityId communityId, UserId userId) {
        bean(CommunityWriteLockPort.class).inCommunityTransaction(communityId, () -> {
            bean(JdbcOperations.class).prepareStatement("""
                    UPDATE member_profiles SET left_at = now(), rank = NULL
                    WHERE community_id = ? AND user_id = ?""", statement -> {
                statement.setString(1, communityId.value());
                statement.setString(2, userId.value());
                return statement.executeUpdate();
            });
            return bean(RankMaterializer.class).rerank(communityId);
        });
    }

    /** A connection of its own, outside the adapters' pool and transactions. */
    static Connection separateConnection() throws SQLException {
        Map<String, Object> properties = TestDatabase.micronautProperties();
        return DriverManager.getConnection((String) properties.get("datasources.default.url"),
                (String) properties.get("datasources.default.username"),
                (String) properties.get("datasources.default.password"));
    }

    /** Runs one statement on a connection of its own (committed at once); returns the update count. */
    static int execute(String sql, Object... parameters) {
        try (Connection connection = separateConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of the first row of a query, run on a connection of its own. */
    static long queryLong(String sql, Object... parameters) {
        try (Connection connection = separateConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
    }
}
