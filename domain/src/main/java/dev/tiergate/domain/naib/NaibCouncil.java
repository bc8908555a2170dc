package dev.tiergate.domain.naib;

import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.rank.RankedMember;
import dev.tiergate.domain.shared.InvalidFieldException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Naib council's seating rules: an empty seat goes to the highest-ranked unseated member;
 * a full council admits a challenger only with a score strictly higher than the lowest seated
 * Naib, who is unseated (on a tie the incumbent stays). A Naib who is no longer ranked loses
 * the seat.
 */
public record NaibCouncil(int seats) {

    public static final int DEFAULT_SEATS = 7;

    public NaibCouncil {
        if (seats < 0 || seats > 100) {
            throw new InvalidFieldException("naib_seats", "must be between 0 and 100");
        }
    }

    /**
     * @param incumbents each seated member with its current ranking, empty when no longer ranked
     * @param challengers the best-ranked unseated members, best first (the first {@code seats} suffice)
     */
    public SeatingChanges reseat(Map<UserId, Optional<RankedMember>> incumbents, List<RankedMember> challengers) {
        List<UserId> unseated = new ArrayList<>();
        List<RankedMember> council = new ArrayList<>();
        incumbents.forEach((user, ranking) -> ranking.ifPresentOrElse(council::add, () -> unseated.add(user)));
        council.sort(Comparator.comparingInt(RankedMember::rank));
        while (council.size() > seats) {
            unseated.add(council.removeLast().userId());
        }

        List<UserId> seated = new ArrayList<>();
        Iterator<RankedMember> next = challengers.stream()
                .filter(c -> !incumbents.containsKey(c.userId()))
                .sorted(Comparator.comparingInt(RankedMember::rank))
                .iterator();
        while (next.hasNext()) {
            RankedMember challenger = next.next();
            if (council.size() < seats) {
                council.add(challenger);
            } else if (challenger.score().compareTo(council.getLast().score()) > 0) {
                RankedMember lowest = council.removeLast();
                if (!seated.remove(lowest.userId())) {
                    unseated.add(lowest.userId());
                }
                council.add(challenger);
            } else {
                break;
            }
            seated.add(challenger.userId());
            council.sort(Comparator.comparingInt(RankedMember::rank));
        }
        return new SeatingChanges(seated, unseated);
    }
}
