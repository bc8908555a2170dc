package dev.tiergate.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.tiergate.domain.archfixture.LeakyScore;
import org.junit.jupiter.api.Test;

/** Proves the rules are not vacuous: a deliberately leaky domain class is caught by each. */
class RulesBiteTest {

    private final JavaClasses leaky = new ClassFileImporter().importClasses(LeakyScore.class);

    @Test
    void aDomainClassUsingJdbcBreaksThePlainJavaRule() {
        EvaluationResult result = TiergateLayers.DOMAIN_IS_PLAIN_JAVA.evaluate(leaky);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains("java.sql.Connection"));
    }

    @Test
    void aClockReadInTheDomainBreaksTheClockRule() {
        EvaluationResult result = TiergateLayers.NO_CLOCK_READS_IN_THE_CORE.evaluate(leaky);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains("Instant.now()"));
    }
}
