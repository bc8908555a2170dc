package dev.tiergate.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.nats.client.api.StreamConfiguration;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The nack Stream resources under deploy/k8s declare exactly the streams NatsStreamAdmin creates. */
class JetStreamStreamsTest {

    private static final Pattern GO_DURATION_PART = Pattern.compile("(\\d+)(h|ms|m|s)");

    @Test
    void streamResourcesMatchTheCodesContract() throws ReflectiveOperationException {
        Map<String, Manifest> resources = DeployFiles.objects(Set.of("Stream")).stream()
                .collect(Collectors.toMap(stream -> String.valueOf(stream.at("spec", "name")), Function.identity()));
        List<StreamConfiguration> contract = contract();
        assertThat(resources.keySet()).as("deploy/k8s: rule one Stream resource per contract stream")
                .containsExactlyInAnyOrderElementsOf(contract.stream().map(StreamConfiguration::getName).toList());
        for (StreamConfiguration expected : contract) {
            Manifest stream = resources.get(expected.getName());
            String where = stream.where();
            assertThat(stream.at("apiVersion")).as("%s: rule nack API version", where)
                    .isEqualTo("jetstream.nats.io/v1beta2");
            assertThat(stream.at("spec", "subjects")).as("%s: rule subjects", where).isEqualTo(expected.getSubjects());
            assertThat(stream.at("spec", "retention")).as("%s: rule retention", where)
                    .isEqualTo(expected.getRetentionPolicy().toString());
            assertThat(stream.at("spec", "storage")).as("%s: rule storage", where)
                    .isEqualTo(expected.getStorageType().toString());
            assertThat(goDuration(stream.at("spec", "maxAge"))).as("%s: rule maxAge", where)
                    .isEqualTo(expected.getMaxAge());
            Duration window = expected.getDuplicateWindow();
            assertThat(goDuration(stream.at("spec", "duplicateWindow"))).as("%s: rule duplicateWindow", where)
                    .isEqualTo(window == null ? Duration.ZERO : window);
        }
    }

    @Test
    void readsGoDurations() {
        assertThat(goDuration("1h30m15s")).isEqualTo(Duration.ofSeconds(5415));
        assertThat(goDuration(null)).isEqualTo(Duration.ZERO);
    }

    /**
     * NatsStreamAdmin.CONTRACT, each stream built into the configuration the service sends to the server.
     * The contract is package-private to the NATS adapter; reading it here keeps one source of truth.
     */
    private static List<StreamConfiguration> contract() throws ReflectiveOperationException {
        Class<?> admin = Class.forName("dev.tiergate.adapter.out.nats.NatsStreamAdmin");
        Field field = admin.getDeclaredField("CONTRACT");
        field.setAccessible(true);
        Method applyTo = Class.forName("dev.tiergate.adapter.out.nats.NatsStreamAdmin$ContractStream")
                .getDeclaredMethod("applyTo", StreamConfiguration.Builder.class);
        applyTo.setAccessible(true);
        List<?> streams = (List<?>) field.get(null);
        List<StreamConfiguration> configurations = new ArrayList<>();
        for (Object stream : streams) {
            configurations.add(((StreamConfiguration.Builder) applyTo.invoke(stream, StreamConfiguration.builder()))
                    .build());
        }
        return configurations;
    }

    /** A Go duration as nack reads it ("15m", "168h", "1h30m"); absent is zero. */
    private static Duration goDuration(Object text) {
        if (text == null) {
            return Duration.ZERO;
        }
        assertThat(text.toString()).as("a Go duration").matches("(" + GO_DURATION_PART.pattern() + ")+");
        Matcher part = GO_DURATION_PART.matcher(text.toString());
        Duration total = Duration.ZERO;
        while (part.find()) {
            long amount = Long.parseLong(part.group(1));
            total = total.plus(switch (part.group(2)) {
                case "h" -> Duration.ofHours(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "s" -> Duration.ofSeconds(amount);
                default -> Duration.ofMillis(amount);
            });
        }
        return total;
    }
}
