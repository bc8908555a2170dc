package dev.tiergate.adapter.out.postgres;

import dev.tiergate.application.port.out.directory.DirectoryMember;
import dev.tiergate.application.port.out.directory.DirectorySelection;
import dev.tiergate.application.port.out.directory.LoadDirectoryPort;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.directory.DirectoryCount;
import dev.tiergate.domain.directory.DirectoryCursor;
import dev.tiergate.domain.directory.DirectorySort;
import dev.tiergate.domain.shared.PageLimit;
import dev.tiergate.domain.tier.Tier;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Pages the directory by keyset over one index per sort: the sort key is a row of ascending columns
 * (nyms compared by code point, badge count and score negated), so "after the cursor" is one row
 * comparison the index answers as a range, and "before it" is the same range read backwards. Filters
 * narrow that range: tiers and tenure as predicates, a badge as an existence check on held awards.
 */
@Singleton
final class JdbcDirectoryAdapter implements LoadDirectoryPort {

    private final ReadStatements statements;

    JdbcDirectoryAdapter(ReadStatements statements) {
        this.statements = statements;
    }

    @Override
    public List<DirectoryMember> findPage(CommunityId communityId, DirectorySelection selection, DirectorySort sort,
            Optional<DirectoryCursor> from, boolean forward, PageLimit limit) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT ").append(MemberColumns.SELECT).append(" FROM member_profiles p")
                .append(where(communityId, selection, parameters));
        from.ifPresent(cursor -> {
            sql.append(" AND ").append(key(sort)).append(forward ? " > " : " < ").append(placeholders(sort));
            parameters.addAll(keyValues(sort, cursor));
        });
        String direction = forward ? "" : " DESC";
        sql.append(" ORDER BY ").append(String.join(direction + ", ", keyColumns(sort))).append(direction)
                .append(" LIMIT ?");
        parameters.add(limit.value());
        List<DirectoryMember> page = new ArrayList<>(
                statements.list(sql.toString(), parameters, MemberColumns::toDirectoryMember));
        if (!forward) {
            Collections.reverse(page);
        }
        return page;
    }

    @Override
    public int countSelected(CommunityId communityId, DirectorySelection selection) {
        List<Object> parameters = new ArrayList<>();
        // Capped: past the cap the reply says "10,000+", and the count reads that many index entries at most.
        String sql = "SELECT count(*) FROM (SELECT 1 FROM member_profiles p" + where(communityId, selection, parameters)
                + " LIMIT ?) selected";
        parameters.add(DirectoryCount.countUpTo());
        return statements.count(sql, parameters);
    }

    /** Listed members of the community that the selection selects; adds the parameters it uses. */
    private static String where(CommunityId communityId, DirectorySelection selection, List<Object> parameters) {
        StringBuilder sql = new StringBuilder(" WHERE p.community_id = ? AND p.left_at IS NULL AND NOT p.directory_opt_out");
        parameters.add(communityId.value());
        if (!selection.tiers().isEmpty()) {
            sql.append(" AND p.tier = ANY(?)");
            parameters.add(selection.tiers().stream().map(Tier::name).toArray(String[]::new));
        }
        selection.badge().ifPresent(badge -> {
            sql.append(" AND EXISTS (SELECT 1 FROM badge_awards a WHERE a.community_id = p.community_id"
                    + " AND a.user_id = p.user_id AND a.badge_id = ? AND a.revoked_at IS NULL)");
            parameters.add(badge.value());
        });
        selection.joined().ifPresent(range -> {
            range.joinedAfter().ifPresent(after -> {
                sql.append(" AND p.joined_at > ?");
                parameters.add(after);
            });
            range.joinedAtOrBefore().ifPresent(until -> {
                sql.append(" AND p.joined_at <= ?");
                parameters.add(until);
            });
        });
        return sql.toString();
    }

    private static List<String> keyColumns(DirectorySort sort) {
        return switch (sort) {
            case NYM -> List.of("p.nym_key COLLATE \"C\"", "p.user_number");
            case TENURE -> List.of("p.joined_at", "p.user_number");
            case BADGES -> List.of("-p.badge_count", "-p.score", "p.joined_at", "p.user_number");
        };
    }

    private static String key(DirectorySort sort) {
        return "(" + String.join(", ", keyColumns(sort)) + ")";
    }

    private static String placeholders(DirectorySort sort) {
        return "(" + String.join(", ", keyColumns(sort).stream().map(column -> "?").toList()) + ")";
    }

    private static List<Object> keyValues(DirectorySort sort, DirectoryCursor cursor) {
        return switch (sort) {
            case NYM -> List.of(cursor.nymKey(), MemberColumns.userNumber(cursor.userId()));
            case TENURE -> List.of(cursor.joinedAt(), MemberColumns.userNumber(cursor.userId()));
            case BADGES -> List.of(-cursor.badgeCount(), cursor.score().value().negate(), cursor.joinedAt(),
                    MemberColumns.userNumber(cursor.userId()));
        };
    }
}
