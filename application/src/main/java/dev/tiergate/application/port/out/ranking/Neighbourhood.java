package dev.tiergate.application.port.out.ranking;

import dev.tiergate.domain.rank.RankedMember;
import java.util.Map;
import java.util.Optional;

/**
 * A member's place in the ranking and the ranks /position shows around it: the member (empty when
 * unranked) and, by rank, whoever holds the ranks just above and below it and the cut-off.
 */
public record Neighbourhood(Optional<RankedMember> member, Map<Integer, RankedMember> byRank) {

    public Neighbourhood {
        byRank = Map.copyOf(byRank);
    }

    public Optional<RankedMember> above() {
        return member.flatMap(held -> at(held.rank() - 1));
    }

    public Optional<RankedMember> below() {
        return member.flatMap(held -> at(held.rank() + 1));
    }

    /** Whoever holds {@code rank}, if it was asked for and somebody does. */
    public Optional<RankedMember> at(int rank) {
        return Optional.ofNullable(byRank.get(rank));
    }
}
