package dev.tiergate.application.service;

import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.rank.RankBands;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rank bands /position and /threshold apply, read through {@link CommunityRules} at most once per
 * {@link #FRESH_FOR} per community: those two commands are most of what members send, and reading the
 * community with its whole rules for each was a third of their statements. An admin's change is forgotten
 * at once on the replica that made it ({@link #forget}) and reaches every view within {@link #FRESH_FOR}.
 */
public final class RecentRankBands {

    static final Duration FRESH_FOR = Duration.ofSeconds(1);
    /** More communities than one replica serves; past it the cache starts over rather than grow. */
    static final int MAX_COMMUNITIES = 10_000;

    private final CommunityRules rules;
    private final InstantSource clock;
    private final Map<CommunityId, Read> recent = new ConcurrentHashMap<>();

    public RecentRankBands(CommunityRules rules, InstantSource clock) {
        this.rules = rules;
        this.clock = clock;
    }

    private record Read(RankBands bands, Instant at) {
    }

    public RankBands of(CommunityId community) {
        Instant now = clock.instant();
        Read read = recent.get(community);
        if (read == null || !now.isBefore(read.at().plus(FRESH_FOR))) {
            if (recent.size() >= MAX_COMMUNITIES) {
                recent.clear();
            }
            read = new Read(rules.of(community).config().rankBands(), now);
            recent.put(community, read);
        }
        return read.bands();
    }

    /** The community's rules changed here: the next view reads them afresh. */
    public void forget(CommunityId community) {
        recent.remove(community);
    }
}
