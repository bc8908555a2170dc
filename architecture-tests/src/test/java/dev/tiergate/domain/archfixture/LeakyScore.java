package dev.tiergate.domain.archfixture;

import java.sql.Connection;
import java.time.Instant;

/** Deliberately breaks two rules (a JDBC type and a clock read in the domain) to prove the rules bite. */
public final class LeakyScore {

    private Connection connection;

    public Instant readNow() {
        return Instant.now();
    }

    public Connection connection() {
        return connection;
    }
}
