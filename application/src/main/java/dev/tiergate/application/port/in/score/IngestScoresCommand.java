package dev.tiergate.application.port.in.score;

import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.ScoreEntry;
import java.time.Instant;
import java.util.List;

/** A batch of scores as of one moment (at most 1000 entries, as the wire contract allows). */
public record IngestScoresCommand(CommunityId communityId, Instant asOf, List<ScoreEntry> entries) {

    public static final int MAX_ENTRIES = 1000;

    public IngestScoresCommand {
        entries = List.copyOf(entries);
        if (entries.size() > MAX_ENTRIES) {
            throw new IllegalArgumentException("a score batch holds at most " + MAX_ENTRIES + " entries");
        }
    }
}
