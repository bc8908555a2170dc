package dev.tiergate.adapter.out.postgres;

import dev.tiergate.application.port.out.alert.AlertPreferencesPort;
import dev.tiergate.domain.alert.AlertFrequency;
import dev.tiergate.domain.alert.AlertPreferences;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.function.UnaryOperator;

/**
 * Stores alert preferences, one row per member who ever changed them (no row: the defaults). A change
 * first stores the defaults if the member has no row, then locks the row, so concurrent changes of
 * one member apply one after the other and none is lost.
 */
@Singleton
final class JdbcAlertPreferencesAdapter implements AlertPreferencesPort {

    private final AlertPreferencesRowRepository preferences;
    private final TransactionOperations<Connection> transactions;

    JdbcAlertPreferencesAdapter(AlertPreferencesRowRepository preferences, TransactionOperations<Connection> transactions) {
        this.preferences = preferences;
        this.transactions = transactions;
    }

    @Override
    public AlertPreferences loadPreferences(CommunityId communityId, UserId member) {
        return preferences.findMember(communityId.value(), member.value())
                .map(JdbcAlertPreferencesAdapter::toPreferences)
                .orElse(AlertPreferences.DEFAULTS);
    }

    @Override
    public AlertPreferences changePreferences(CommunityId communityId, UserId member,
            UnaryOperator<AlertPreferences> change) {
        String community = communityId.value();
        String user = member.value();
        return transactions.executeWrite(status -> {
            AlertPreferences defaults = AlertPreferences.DEFAULTS;
            preferences.insertIfMissing(community, user, defaults.positionUpdates(), defaults.atRiskWarnings(),
                    defaults.naibAlerts(), defaults.frequency().name());
            AlertPreferences current = toPreferences(preferences.lockMember(community, user).orElseThrow());
            AlertPreferences changed = change.apply(current);
            preferences.update(community, user, changed.positionUpdates(), changed.atRiskWarnings(),
                    changed.naibAlerts(), changed.frequency().name());
            return changed;
        });
    }

    private static AlertPreferences toPreferences(AlertPreferencesRow row) {
        return new AlertPreferences(row.positionUpdates(), row.atRiskWarnings(), row.naibAlerts(),
                AlertFrequency.valueOf(row.frequency()));
    }
}
