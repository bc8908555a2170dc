package dev.tiergate.application.port.in.alert;

/**
 * /alerts: shows and changes a member's own alert preferences; each change is applied to the
 * stored preferences atomically, so two quick clicks never undo each other.
 */
public interface ManageAlertsUseCase {

    AlertSettings show(AlertsQuery query);

    AlertSettings toggle(ToggleAlertCommand command);

    AlertSettings setFrequency(SetAlertFrequencyCommand command);
}
