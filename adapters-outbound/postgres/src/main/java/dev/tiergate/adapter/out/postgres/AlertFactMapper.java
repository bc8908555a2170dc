package dev.tiergate.adapter.out.postgres;

import dev.tiergate.domain.alert.AlertFact;
import dev.tiergate.domain.tier.Tier;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads the fact of an {@code alert_history} row from its event, from_tier, to_tier and rank columns. */
final class AlertFactMapper {

    private AlertFactMapper() {
    }

    static AlertFact fact(ResultSet row) throws SQLException {
        String event = row.getString("event");
        return switch (event) {
            case "PROMOTED", "DEMOTED" -> new AlertFact.TierChanged(Tier.valueOf(row.getString("from_tier")),
                    Tier.valueOf(row.getString("to_tier")), event.equals("PROMOTED"));
            case "SEATED" -> new AlertFact.SeatTaken();
            case "UNSEATED" -> new AlertFact.SeatLost();
            case "ENTERED_AT_RISK" -> new AlertFact.EnteredAtRisk(row.getInt("rank"));
            default -> throw new IllegalStateException("unknown alert event " + event);
        };
    }
}
