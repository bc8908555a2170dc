package dev.tiergate.adapter.out.postgres;

import dev.tiergate.application.port.out.directory.DirectoryMember;
import dev.tiergate.application.port.out.leaderboard.LeaderboardMember;
import dev.tiergate.domain.profile.Nym;
import dev.tiergate.domain.profile.Score;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.tier.Tier;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.OptionalInt;

/** The member_profiles columns the lists read (never the wallet), and their translation into list members. */
final class MemberColumns {

    /** Qualified by {@code p}, the alias every list query gives member_profiles. */
    static final String SELECT = "p.user_id, p.nym, p.score, p.joined_at, p.tier, p.badge_count, p.rank";

    private MemberColumns() {
    }

    static LeaderboardMember toLeaderboardMember(ResultSet row) throws SQLException {
        int rank = row.getInt("rank");
        OptionalInt ranked = row.wasNull() ? OptionalInt.empty() : OptionalInt.of(rank);
        return new LeaderboardMember(userId(row), new Nym(row.getString("nym")), score(row), joinedAt(row),
                Tier.valueOf(row.getString("tier")), row.getInt("badge_count"), ranked);
    }

    static DirectoryMember toDirectoryMember(ResultSet row) throws SQLException {
        return new DirectoryMember(userId(row), new Nym(row.getString("nym")), Tier.valueOf(row.getString("tier")),
                joinedAt(row), score(row), row.getInt("badge_count"));
    }

    /** The user id as the user_number column holds it, for the last tie-break of every order. */
    static BigDecimal userNumber(UserId userId) {
        return new BigDecimal(userId.value());
    }

    private static UserId userId(ResultSet row) throws SQLException {
        return new UserId(row.getString("user_id"));
    }

    private static Score score(ResultSet row) throws SQLException {
        return new Score(row.getBigDecimal("score"));
    }

    private static Instant joinedAt(ResultSet row) throws SQLException {
        return row.getObject("joined_at", OffsetDateTime.class).toInstant();
    }
}
