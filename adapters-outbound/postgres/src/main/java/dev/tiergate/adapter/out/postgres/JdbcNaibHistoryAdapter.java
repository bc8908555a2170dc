package dev.tiergate.adapter.out.postgres;

import dev.tiergate.application.port.out.naib.LoadNaibHistoryPort;
import dev.tiergate.application.port.out.naib.SeatedMember;
import dev.tiergate.application.port.out.naib.ServiceRecord;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.naib.Seating;
import dev.tiergate.domain.profile.Nym;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.shared.PageLimit;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Reads the Naib council's terms with the members' nyms. The honour roll sums each former Naib's
 * closed terms exactly (in microseconds, as stored); its size is bounded by the council's history,
 * not by the community.
 */
@Singleton
final class JdbcNaibHistoryAdapter implements LoadNaibHistoryPort {

    private static final String CURRENT_TERMS = """
            SELECT p.nym, s.user_id, s.seated_at
            FROM naib_seatings s
            JOIN member_profiles p ON p.community_id = s.community_id AND p.user_id = s.user_id
            WHERE s.community_id = ? AND s.unseated_at IS NULL
            ORDER BY s.seated_at, s.id
            LIMIT ?""";
    private static final String FORMER_NAIB = """
            SELECT p.nym,
                   CAST(sum(EXTRACT(EPOCH FROM s.unseated_at - s.seated_at) * 1000000) AS bigint) AS seated_micros,
                   count(*) AS terms,
                   max(s.unseated_at) AS last_unseated_at
            FROM naib_seatings s
            JOIN member_profiles p ON p.community_id = s.community_id AND p.user_id = s.user_id
            WHERE s.community_id = ? AND s.unseated_at IS NOT NULL AND p.left_at IS NULL
              AND NOT EXISTS (SELECT 1 FROM naib_seatings o
                              WHERE o.community_id = s.community_id AND o.user_id = s.user_id AND o.unseated_at IS NULL)
            GROUP BY s.user_id, p.nym, p.user_number
            ORDER BY seated_micros DESC, p.user_number
            LIMIT ?""";

    private final ReadStatements statements;

    JdbcNaibHistoryAdapter(ReadStatements statements) {
        this.statements = statements;
    }

    @Override
    public List<SeatedMember> currentTerms(CommunityId communityId) {
        return statements.list(CURRENT_TERMS, List.of(communityId.value(), NaibSeatingRowRepository.MAX_OPEN_TERMS),
                row -> new SeatedMember(new Nym(row.getString("nym")), new Seating(new UserId(row.getString("user_id")),
                        row.getObject("seated_at", OffsetDateTime.class).toInstant(), Optional.empty())));
    }

    @Override
    public List<ServiceRecord> formerNaib(CommunityId communityId, PageLimit limit) {
        return statements.list(FORMER_NAIB, List.of(communityId.value(), limit.value()),
                row -> new ServiceRecord(new Nym(row.getString("nym")), Duration.ofNanos(row.getLong("seated_micros") * 1000),
                        row.getInt("terms"), row.getObject("last_unseated_at", OffsetDateTime.class).toInstant()));
    }
}
