package dev.tiergate.bootstrap.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnvironmentLogEncoderTest {

    @ParameterizedTest
    @CsvSource(nullValues = "unset", value = {
        "production, true",
        "' PRODUCTION ', true",
        "Production, true",
        "development, false",
        "unset, false",
        "productions, false",
    })
    void productionLogsJsonAndAnythingElseText(String environment, boolean json) {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        EnvironmentLogEncoder encoder = new EnvironmentLogEncoder(environment);
        encoder.setContext(context);
        JsonEncoder production = new JsonEncoder();
        production.setContext(context);
        production.setWithFormattedMessage(true);
        production.start();
        PatternLayoutEncoder development = new PatternLayoutEncoder();
        development.setContext(context);
        development.setPattern("%level %msg%n");
        development.start();
        encoder.setProduction(production);
        encoder.setDevelopment(development);
        encoder.start();
        LoggingEvent event = new LoggingEvent(getClass().getName(), context.getLogger("probe"), Level.INFO,
                "Tiergate answered {}", null, new Object[] {"interaction 1"});

        String line = new String(encoder.encode(event), StandardCharsets.UTF_8);

        assertThat(encoder.isStarted()).isTrue();
        if (json) {
            assertThat(line).startsWith("{").contains("\"level\":\"INFO\"")
                    .contains("\"formattedMessage\":\"Tiergate answered interaction 1\"");
        } else {
            assertThat(line).isEqualTo("INFO Tiergate answered interaction 1" + System.lineSeparator());
        }
    }
}
