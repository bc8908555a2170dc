package dev.tiergate.adapter.out.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The plan PostgreSQL picks for a repository statement, each {@code :parameter} bound to a value of its kind. */
final class QueryPlans {

    private static final Pattern PARAMETER = Pattern.compile("(?<!:):([a-zA-Z]+)");

    private QueryPlans() {
    }

    /** EXPLAIN's lines for {@code sql}, planned after the {@code settings} (e.g. "enable_seqscan = off"). */
    static List<String> explain(String sql, String... settings) throws SQLException {
        List<String> names = new ArrayList<>();
        Matcher matcher = PARAMETER.matcher(sql);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        try (Connection connection = AdapterIntegrationTest.separateConnection()) {
            try (Statement set = connection.createStatement()) {
                for (String setting : settings) {
                    set.execute("SET " + setting);
                }
            }
            try (PreparedStatement explain = connection.prepareStatement("EXPLAIN " + matcher.replaceAll("?"))) {
                for (int i = 0; i < names.size(); i++) {
                    bind(connection, explain, i + 1, names.get(i));
                }
                List<String> lines = new ArrayList<>();
                try (ResultSet rows = explain.executeQuery()) {
                    while (rows.next()) {
                        lines.add(rows.getString(1));
                    }
                }
                return lines;
            }
        }
    }

    private static void bind(Connection connection, PreparedStatement statement, int index, String name)
            throws SQLException {
        switch (name) {
            case "limit", "rank", "fromRank", "throughRank", "cutoff" -> statement.setInt(index, 5);
            case "positionUpdates", "atRiskWarnings", "naibAlerts" -> statement.setBoolean(index, true);
            case "frequency" -> statement.setString(index, "DAILY");
            case "changedAt", "expectedLastChange", "at", "joinedAt" ->
                    statement.setObject(index, OffsetDateTime.of(2025, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
            case "named", "nymKeys", "wallets", "userIds" -> statement.setArray(index,
                    connection.createArrayOf("text", new String[] {AdapterIntegrationTest.snowflake()}));
            case "communityId", "userId" -> statement.setString(index, AdapterIntegrationTest.snowflake());
            default -> statement.setString(index, "stilgar");
        }
    }
}
