package dev.tiergate.application.port.in.alert;

/**
 * Records an alert for every new fact of every community (tier change, seat taken or lost, entry into
 * the at-risk band) and delivers the pending ones by DM within each member's preferences and frequency;
 * a fact is recorded at most once, and an alert is settled at most once.
 */
public interface SendAlertsUseCase {

    AlertRun sendAlerts();
}
