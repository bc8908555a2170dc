package dev.tiergate.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.deploy.Dockerfile.Instruction;
import dev.tiergate.deploy.Dockerfile.Stage;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/** C18: a multi-stage image that runs as a fixed non-root uid, needs no shell and writes only /tmp. */
class DockerfilePolicyTest {

    private static final String FILE = DeployFiles.relative(DeployFiles.DOCKERFILE);
    /** image:tag, neither "latest" nor a variable, with an optional stage name. */
    private static final Pattern PINNED_IMAGE = Pattern.compile("([a-z0-9./-]+):([A-Za-z0-9._-]+)(?:\\s+AS\\s+\\S+)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMERIC_USER = Pattern.compile("(\\d+)(?::(\\d+))?");
    /** An exec-form argument list: a JSON array of strings. */
    private static final Pattern EXEC_FORM = Pattern.compile("\\[\\s*\"[^\"]+\"(\\s*,\\s*\"[^\"]*\")*\\s*]");

    private final Dockerfile dockerfile = Dockerfile.parse(DeployFiles.read(DeployFiles.DOCKERFILE));

    @Test
    void buildsInOneStageAndRunsInAnotherFromPinnedImages() {
        assertThat(dockerfile.stages()).as("%s: rule multi-stage build", FILE).hasSizeGreaterThanOrEqualTo(2);
        SoftAssertions soft = new SoftAssertions();
        for (Stage stage : dockerfile.stages()) {
            Matcher image = PINNED_IMAGE.matcher(stage.from());
            soft.assertThat(image.matches()).as("%s: rule FROM %s names an image:tag", FILE, stage.from()).isTrue();
            if (image.matches()) {
                soft.assertThat(image.group(2)).as("%s: rule FROM %s is pinned, not latest", FILE, stage.from())
                        .isNotEqualToIgnoringCase("latest");
            }
        }
        soft.assertThat(dockerfile.stages().getFirst().all("RUN"))
                .as("%s: rule the first stage builds with Maven", FILE)
                .anyMatch(run -> run.arguments().startsWith("mvn "));
        soft.assertThat(dockerfile.last().from()).as("%s: rule the runtime is a Java 25 JRE", FILE)
                .matches("(eclipse-temurin:25[.0-9_]*-jre\\S*|gcr\\.io/distroless/java25\\S*)(\\s+AS\\s+\\S+)?");
        soft.assertThat(dockerfile.last().all("COPY"))
                .as("%s: rule the runtime copies only the built jar from the build stage", FILE)
                .isNotEmpty()
                .allMatch(copy -> copy.arguments().startsWith("--from=") && copy.arguments().contains("tiergate.jar"));
        soft.assertAll();
    }

    @Test
    void runsAsAFixedNonRootUid() {
        List<Instruction> users = dockerfile.last().all("USER");
        assertThat(users).as("%s: rule the runtime stage sets USER", FILE).isNotEmpty();
        Matcher user = NUMERIC_USER.matcher(users.getLast().arguments());
        assertThat(user.matches()).as("%s: rule USER is a numeric uid[:gid], got %s", FILE, users.getLast().arguments())
                .isTrue();
        assertThat(Integer.parseInt(user.group(1))).as("%s: rule USER uid is not root", FILE).isNotZero();
        if (user.group(2) != null) {
            assertThat(Integer.parseInt(user.group(2))).as("%s: rule USER gid is not root", FILE).isNotZero();
        }
    }

    @Test
    void needsNoShellAtRunTime() {
        Stage runtime = dockerfile.last();
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(runtime.all("RUN")).as("%s: rule no RUN in the runtime stage", FILE).isEmpty();
        soft.assertThat(runtime.all("SHELL")).as("%s: rule no SHELL in the runtime stage", FILE).isEmpty();
        soft.assertThat(runtime.all("ADD")).as("%s: rule no ADD in the runtime stage", FILE).isEmpty();
        soft.assertThat(runtime.all("ENTRYPOINT")).as("%s: rule one ENTRYPOINT", FILE).hasSize(1);
        runtime.all("ENTRYPOINT").forEach(entrypoint -> soft.assertThat(entrypoint.arguments())
                .as("%s: rule exec-form ENTRYPOINT", FILE).matches(EXEC_FORM)
                .contains("\"-jar\"", "\"/app/tiergate.jar\""));
        runtime.all("CMD").forEach(cmd -> soft.assertThat(cmd.arguments())
                .as("%s: rule exec-form CMD", FILE).matches(EXEC_FORM));
        soft.assertThat(runtime.all("HEALTHCHECK")).as("%s: rule a HEALTHCHECK", FILE).hasSize(1);
        runtime.all("HEALTHCHECK").forEach(check -> soft.assertThat(check.arguments().replaceFirst("^.*?CMD\\s+", ""))
                .as("%s: rule exec-form HEALTHCHECK with the JVM, no curl", FILE).matches(EXEC_FORM)
                .startsWith("[\"java\"").contains("dev.tiergate.bootstrap.HealthCheck"));
        soft.assertThatCode(() -> Class.forName("dev.tiergate.bootstrap.HealthCheck"))
                .as("%s: rule the HEALTHCHECK class is in the service jar", FILE).doesNotThrowAnyException();
        soft.assertAll();
    }

    @Test
    void writesOnlyToTmp() {
        Stage runtime = dockerfile.last();
        SoftAssertions soft = new SoftAssertions();
        runtime.all("VOLUME").forEach(volume -> soft.assertThat(volume.arguments())
                .as("%s: rule the only writable path is /tmp", FILE).isIn("/tmp", "[\"/tmp\"]"));
        runtime.all("ENTRYPOINT").forEach(entrypoint -> soft.assertThat(entrypoint.arguments())
                .as("%s: rule the JVM's temp directory is /tmp", FILE).contains("\"-Djava.io.tmpdir=/tmp\""));
        soft.assertAll();
    }
}
