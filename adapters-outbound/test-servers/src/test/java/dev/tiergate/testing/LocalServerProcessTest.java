package dev.tiergate.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class LocalServerProcessTest {

    private static final String UNSET_VARIABLE = "TIERGATE_TEST_SERVERS_NEVER_SET";
    private static final String UNKNOWN_NAME = "tiergate-greeting-server";
    private static final Path JAVA = Path.of(ProcessHandle.current().info().command().orElseThrow());

    private final AtomicReference<Path> workDir = new AtomicReference<>();

    @Test
    void runsTheServerOnItsPortAndDeletesItsDirectoryOnClose() throws IOException {
        LocalServerProcess server = startGreetingServer();
        try {
            assertThat(greeting(server.port())).isEqualTo("hello");
            assertThat(workDir.get()).isDirectory();
        } finally {
            server.close();
        }

        assertThat(workDir.get()).doesNotExist();
        assertThatThrownBy(() -> greeting(server.port())).isInstanceOf(ConnectException.class);
    }

    @Test
    void restartsAKilledServerOnTheSamePort() throws IOException {
        try (LocalServerProcess server = startGreetingServer()) {
            server.kill();
            assertThatThrownBy(() -> greeting(server.port())).isInstanceOf(ConnectException.class);

            server.restart();

            assertThat(greeting(server.port())).isEqualTo("hello");
        }
    }

    @Test
    void aStoppedServerAnswersNothingUntilItContinues() throws IOException {
        try (LocalServerProcess server = startGreetingServer()) {
            server.signal("-STOP");
            assertThatThrownBy(() -> greeting(server.port())).isInstanceOf(SocketTimeoutException.class);

            server.signal("-CONT");

            assertThat(greeting(server.port())).isEqualTo("hello");
        }
    }

    @Test
    void aMissingBinaryFailsAndSaysWhereItWasLookedFor() {
        assertThatThrownBy(() -> LocalServerProcess.start(UNKNOWN_NAME, UNSET_VARIABLE, Path.of("/nonexistent/" + UNKNOWN_NAME),
                (binary, port, dir) -> List.of(binary.toString()), connected -> Optional.empty()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("No " + UNKNOWN_NAME + " binary")
                .hasMessageContaining(UNSET_VARIABLE)
                .hasMessageContaining("/nonexistent/" + UNKNOWN_NAME);
    }

    @Test
    void aServerThatExitsFailsWithTheTailOfItsLogAndLeavesNothingBehind() {
        assertThatThrownBy(() -> LocalServerProcess.start(UNKNOWN_NAME, UNSET_VARIABLE, JAVA, (binary, port, dir) -> {
            workDir.set(dir);
            return List.of(binary.toString(), "-version");
        }, connected -> Optional.empty()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(UNKNOWN_NAME + " exited with 0")
                .hasMessageContaining("version");
        assertThat(workDir.get()).doesNotExist();
    }

    private LocalServerProcess startGreetingServer() {
        return LocalServerProcess.start(UNKNOWN_NAME, UNSET_VARIABLE, JAVA, (binary, port, dir) -> {
            workDir.set(dir);
            return List.of(binary.toString(), "-cp", testClasses(), GreetingServer.class.getName(),
                    Integer.toString(port));
        }, connected -> {
            String line = LocalServerProcess.readLine(connected.getInputStream());
            return line.equals("hello") ? Optional.empty() : Optional.of("greeted with " + line);
        });
    }

    private static String greeting(int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            socket.setSoTimeout(500);
            return LocalServerProcess.readLine(socket.getInputStream());
        }
    }

    private static String testClasses() {
        try {
            return Path.of(GreetingServer.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
