package dev.tiergate.bootstrap.wiring;

import dev.tiergate.application.port.in.alert.SendAlertsUseCase;
import dev.tiergate.application.port.out.alert.AlertHistoryPort;
import dev.tiergate.application.port.out.alert.AlertPreferencesPort;
import dev.tiergate.application.port.out.alert.DirectMessagePort;
import dev.tiergate.application.service.alert.SendAlertsService;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Creates the alert job; it exists only where DMs can be sent (a bot token or the local stand-in). */
@Factory
class AlertsFactory {

    @Singleton
    @Requires(beans = DirectMessagePort.class)
    SendAlertsUseCase sendAlerts(AlertHistoryPort history, AlertPreferencesPort preferences,
            DirectMessagePort directMessages, Clock clock) {
        return new SendAlertsService(history, preferences, directMessages, clock);
    }
}
