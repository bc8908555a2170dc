package dev.tiergate.adapter.out.postgres;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the list reads whose SQL is built per request (filters, cursors, directions) in a read-only
 * transaction, binding instants at the stored precision and arrays as PostgreSQL arrays. Not final:
 * the query-plan test explains every statement the list adapters run through it.
 */
@Singleton
class ReadStatements {

    /** Reads one row of a result. */
    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;

    ReadStatements(JdbcOperations jdbc, TransactionOperations<Connection> transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    <T> List<T> list(String sql, List<?> parameters, RowReader<T> reader) {
        return transactions.executeRead(status -> jdbc.prepareStatement(sql, statement -> {
            bind(statement, parameters);
            List<T> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(reader.read(result));
                }
            }
            return rows;
        }));
    }

    /** The first column of the only row, as an int (a count). */
    int count(String sql, List<?> parameters) {
        return list(sql, parameters, row -> row.getLong(1)).stream().findFirst().map(Math::toIntExact).orElse(0);
    }

    private static void bind(PreparedStatement statement, List<?> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            Object value = parameters.get(i);
            switch (value) {
                case Instant instant -> statement.setObject(i + 1, Timestamps.parameter(instant));
                case String[] texts -> statement.setArray(i + 1, statement.getConnection().createArrayOf("text", texts));
                case BigDecimal[] numbers ->
                        statement.setArray(i + 1, statement.getConnection().createArrayOf("numeric", numbers));
                default -> statement.setObject(i + 1, value);
            }
        }
    }
}
