package dev.tiergate.adapter.out.postgres;

import dev.tiergate.application.port.out.naib.LoadNaibSeatsPort;
import dev.tiergate.application.port.out.naib.UpdateNaibSeatsPort;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.naib.Seating;
import dev.tiergate.domain.naib.SeatingChanges;
import dev.tiergate.domain.profile.UserId;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;

/**
 * Keeps the Naib council's terms: a seating opens a term, an unseating closes it, and applying
 * the same changes twice changes nothing (a member never has two open terms).
 */
@Singleton
final class JdbcNaibSeatAdapter implements LoadNaibSeatsPort, UpdateNaibSeatsPort {

    private final NaibSeatingRowRepository seatings;
    private final TransactionOperations<Connection> transactions;

    JdbcNaibSeatAdapter(NaibSeatingRowRepository seatings, TransactionOperations<Connection> transactions) {
        this.seatings = seatings;
        this.transactions = transactions;
    }

    @Override
    public List<Seating> currentSeatings(CommunityId communityId) {
        return seatings.findOpen(communityId.value()).stream().map(SeatingMapper::toSeating).toList();
    }

    @Override
    public boolean isSeated(CommunityId communityId, UserId userId) {
        return seatings.hasOpenTerm(communityId.value(), userId.value());
    }

    @Override
    public void applySeatingChanges(CommunityId communityId, SeatingChanges changes, Instant at) {
        if (changes.isEmpty()) {
            return;
        }
        Instant stored = Timestamps.stored(at);
        transactions.executeWrite(status -> {
            if (!changes.unseated().isEmpty()) {
                seatings.closeTerms(communityId.value(), userIds(changes.unseated()), stored);
            }
            if (!changes.seated().isEmpty()) {
                seatings.openTerms(communityId.value(), userIds(changes.seated()), stored);
            }
            return null;
        });
    }

    private static String[] userIds(List<UserId> users) {
        return users.stream().map(UserId::value).toArray(String[]::new);
    }
}
