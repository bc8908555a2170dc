package dev.tiergate.adapter.in.http;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.http.BasicHttpAttributes;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class UnexpectedErrorHandlerTest {

    @Test
    void anUnexpectedFailureIsAGeneric500AndItsDetailIsLoggedUnderTheRouteTemplateNotThePath() {
        Logger logger = (Logger) LoggerFactory.getLogger(UnexpectedErrorHandler.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        logger.setAdditive(false); // the expected stack trace stays out of the build's output
        IllegalStateException failure = new IllegalStateException("load failed",
                new SQLException("ERROR: relation \"api_keys\" does not exist (SELECT hash FROM api_keys)"));
        MutableHttpRequest<?> request = HttpRequest.POST(
                "/internal/discord/interactions/1/path-secret-token/callback?token=query-secret", "{}");
        BasicHttpAttributes.setUriTemplate(request, "/internal/discord/interactions/{id}/{token}/callback");
        try {
            HttpResponse<Map<String, String>> response = new UnexpectedErrorHandler().handle(request, failure);

            assertThat(response.code()).isEqualTo(500);
            assertThat(response.body()).isEqualTo(Map.of("error", "internal error"));
        } finally {
            logger.detachAppender(appender);
            logger.setAdditive(true);
        }
        assertThat(appender.list).singleElement().satisfies(event -> {
            assertThat(event.getFormattedMessage())
                    .isEqualTo("Unexpected failure answering POST /internal/discord/interactions/{id}/{token}/callback");
            assertThat(ThrowableProxyUtil.asString(event.getThrowableProxy())).contains("relation \"api_keys\"");
        });
    }
}
