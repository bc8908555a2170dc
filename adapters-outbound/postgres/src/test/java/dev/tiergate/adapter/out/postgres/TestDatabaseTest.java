package dev.tiergate.adapter.out.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The test database lands on the server the tests were given, under a database of its own. */
class TestDatabaseTest {

    @Test
    void pointsTheServerUrlAtAnotherDatabaseKeepingHostPortAndParameters() {
        assertThat(TestDatabase.withDatabase("jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres&ssl=false",
                "tiergate_test_abc"))
                .isEqualTo("jdbc:postgresql://127.0.0.1:5432/tiergate_test_abc?user=postgres&ssl=false");
        assertThat(TestDatabase.withDatabase("jdbc:postgresql://db.example:6543/template1", "x"))
                .isEqualTo("jdbc:postgresql://db.example:6543/x");
    }
}
