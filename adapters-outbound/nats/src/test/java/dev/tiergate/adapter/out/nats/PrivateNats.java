package dev.tiergate.adapter.out.nats;

import io.nats.client.Connection;
import io.nats.client.JetStreamManagement;
import io.nats.client.Nats;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Each test's own nats-server (no streams yet) and a connection to it, closed after the test. */
final class PrivateNats implements BeforeEachCallback, AfterEachCallback {

    private NatsTestServer server;
    private Connection connection;
    private JetStreamManagement jsm;

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        server = NatsTestServer.start();
        connection = Nats.connect(server.url());
        jsm = connection.jetStreamManagement();
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        connection.close();
        server.close();
    }

    NatsTestServer server() {
        return server;
    }

    Connection connection() {
        return connection;
    }

    JetStreamManagement jsm() {
        return jsm;
    }
}
