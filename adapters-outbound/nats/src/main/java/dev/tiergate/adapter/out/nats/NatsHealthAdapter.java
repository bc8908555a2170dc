package dev.tiergate.adapter.out.nats;

import dev.tiergate.application.port.out.health.DependencyHealth;
import dev.tiergate.application.port.out.health.DependencyHealthPort;
import io.nats.client.Connection;
import java.util.Locale;

/** NATS is up while the shared connection is connected; reconnecting or closed is down. */
public final class NatsHealthAdapter implements DependencyHealthPort {

    private final Connection connection;

    public NatsHealthAdapter(Connection connection) {
        this.connection = connection;
    }

    @Override
    public DependencyHealth checkHealth() {
        Connection.Status status = connection.getStatus();
        String detail = status.name().toLowerCase(Locale.ROOT);
        return status == Connection.Status.CONNECTED
                ? new DependencyHealth("nats", DependencyHealth.State.UP, detail)
                : new DependencyHealth("nats", DependencyHealth.State.DOWN, detail);
    }
}
