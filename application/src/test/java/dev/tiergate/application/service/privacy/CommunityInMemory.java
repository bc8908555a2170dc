package dev.tiergate.application.service.privacy;

import dev.tiergate.application.port.out.badge.SaveBadgeAwardsPort;
import dev.tiergate.application.port.out.community.LoadCommunityPort;
import dev.tiergate.application.port.out.naib.LoadNaibSeatsPort;
import dev.tiergate.application.port.out.naib.UpdateNaibSeatsPort;
import dev.tiergate.application.port.out.privacy.EraseMemberDataPort;
import dev.tiergate.application.port.out.privacy.ForgetMemberStatePort;
import dev.tiergate.application.port.out.privacy.MemberErasure;
import dev.tiergate.application.port.out.privacy.RecordDataDeletionPort;
import dev.tiergate.application.port.out.ranking.LoadRankingPort;
import dev.tiergate.application.port.out.session.SessionKey;
import dev.tiergate.application.port.out.session.SessionStorePort;
import dev.tiergate.application.port.out.transaction.CommunityWriteLockPort;
import dev.tiergate.application.service.tier.TierReassessment;
import dev.tiergate.domain.badge.AwardSource;
import dev.tiergate.domain.badge.BadgeGrant;
import dev.tiergate.domain.badge.BadgeId;
import dev.tiergate.domain.community.Community;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.naib.Seating;
import dev.tiergate.domain.naib.SeatingChanges;
import dev.tiergate.domain.privacy.DeletedRows;
import dev.tiergate.domain.privacy.DeletionActor;
import dev.tiergate.domain.profile.Nym;
import dev.tiergate.domain.profile.Score;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.rank.RankedMember;
import dev.tiergate.domain.shared.PageLimit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One community in memory behind every port a deletion touches: scored members (rank = position by
 * score), open Naib seats, each member's badge awards, sessions and short-lived keys, and the audit.
 * Its lock is transactional: work that throws leaves the state as it was.
 */
final class CommunityInMemory implements CommunityWriteLockPort, LoadCommunityPort, EraseMemberDataPort,
        RecordDataDeletionPort, SessionStorePort, ForgetMemberStatePort, LoadRankingPort, LoadNaibSeatsPort,
        UpdateNaibSeatsPort {

    /** One audited deletion. */
    record Audit(CommunityId communityId, UserId deleted, DeletionActor actor, DeletedRows rows, Instant at) {
    }

    /** Everything the transactional lock restores on failure. */
    private record State(Map<UserId, Score> scores, Set<UserId> seated, Map<UserId, Integer> awards,
            Map<SessionKey, Map<String, String>> sessions, Set<UserId> withKeys, List<Audit> audits) {

        State copy() {
            return new State(new LinkedHashMap<>(scores), new HashSet<>(seated), new HashMap<>(awards),
                    new HashMap<>(sessions), new HashSet<>(withKeys), new ArrayList<>(audits));
        }
    }

    private final CommunityId id;
    private State state = new State(new LinkedHashMap<>(), new HashSet<>(), new HashMap<>(), new HashMap<>(),
            new HashSet<>(), new ArrayList<>());
    private boolean storeDown;
    int seatReads;

    CommunityInMemory(CommunityId id) {
        this.id = id;
    }

    /** The reassessment a deletion runs, over this community (no tier moves; seats as NaibCouncil decides). */
    TierReassessment tierReassessment() {
        SaveBadgeAwardsPort noBadges = new SaveBadgeAwardsPort() {
            public boolean awardBadge(CommunityId c, BadgeGrant grant, Instant at) {
                return false;
            }

            public boolean revokeBadge(CommunityId c, UserId m, BadgeId b, AwardSource by, String reason, Instant at) {
                return false;
            }

            public int grantAutomaticBadges(CommunityId c, List<BadgeGrant> grants, Instant at) {
                return 0;
            }
        };
        return new TierReassessment(this, this, this, (c, named, through) -> List.of(), (c, decisions) -> {
        }, c -> Optional.of(Instant.EPOCH), noBadges);
    }

    void add(UserId member, String score, int badgeAwards) {
        state.scores().put(member, Score.parse(score));
        state.awards().put(member, badgeAwards);
        state.sessions().put(new SessionKey(id, member, "directory"), Map.of("sort", "RANK"));
        state.withKeys().add(member);
    }

    void seat(UserId member) {
        state.seated().add(member);
    }

    void shortLivedStoreDown(boolean down) {
        storeDown = down;
    }

    Set<UserId> seated() {
        return Set.copyOf(state.seated());
    }

    boolean stores(UserId member) {
        return state.scores().containsKey(member);
    }

    boolean holdsShortLivedState(UserId member) {
        return state.withKeys().contains(member) || state.sessions().keySet().stream()
                .anyMatch(key -> key.userId().equals(member));
    }

    List<Audit> audits() {
        return List.copyOf(state.audits());
    }

    private List<RankedMember> ranking() {
        List<Map.Entry<UserId, Score>> ranked = state.scores().entrySet().stream()
                .filter(entry -> entry.getValue().isPositive())
                .sorted(Map.Entry.<UserId, Score>comparingByValue().reversed()).toList();
        List<RankedMember> members = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            members.add(new RankedMember(i + 1, ranked.get(i).getKey(), new Nym("member" + i), ranked.get(i).getValue()));
        }
        return members;
    }

    @Override
    public <T> T inCommunityTransaction(CommunityId communityId, Supplier<T> work) {
        State before = state.copy();
        try {
            return work.get();
        } catch (RuntimeException failed) {
            state = before;
            throw failed;
        }
    }

    @Override
    public Optional<Community> loadCommunity(CommunityId communityId) {
        return communityId.equals(id) ? Optional.of(Community.withDefaults(id)) : Optional.empty();
    }

    @Override
    public Optional<MemberErasure> eraseMemberData(CommunityId communityId, UserId userId) {
        if (!state.scores().containsKey(userId)) {
            return Optional.empty();
        }
        boolean ranked = ranking().stream().anyMatch(member -> member.userId().equals(userId));
        boolean seated = state.seated().remove(userId);
        state.scores().remove(userId);
        int awards = state.awards().remove(userId);
        return Optional.of(new MemberErasure(ranked, seated,
                new DeletedRows(Map.of("member_profiles", 1, "badge_awards", awards, "naib_seatings", seated ? 1 : 0))));
    }

    @Override
    public void recordDataDeletion(CommunityId communityId, UserId deleted, DeletionActor actor, DeletedRows rows,
            Instant at) {
        state.audits().add(new Audit(communityId, deleted, actor, rows, at));
    }

    @Override
    public void saveSession(SessionKey key, Map<String, String> values, Duration timeToLive) {
        state.sessions().put(key, values);
    }

    @Override
    public Optional<Map<String, String>> loadSession(SessionKey key) {
        return Optional.ofNullable(state.sessions().get(key));
    }

    @Override
    public void deleteSession(SessionKey key) {
        state.sessions().remove(key);
    }

    @Override
    public int forgetMemberState(CommunityId communityId, UserId userId) {
        if (storeDown) {
            throw new UncheckedIOException("member state store unavailable", new IOException("down"));
        }
        return state.withKeys().remove(userId) ? 1 : 0;
    }

    @Override
    public Optional<RankedMember> findRanked(CommunityId communityId, UserId userId) {
        return ranking().stream().filter(member -> member.userId().equals(userId)).findFirst();
    }

    @Override
    public Optional<RankedMember> findAtRank(CommunityId communityId, int rank) {
        return ranking().stream().filter(member -> member.rank() == rank).findFirst();
    }

    @Override
    public List<RankedMember> findFromRank(CommunityId communityId, int fromRank, PageLimit limit) {
        return ranking().stream().filter(member -> member.rank() >= fromRank).limit(limit.value()).toList();
    }

    @Override
    public int countRanked(CommunityId communityId) {
        return ranking().size();
    }

    @Override
    public List<Seating> currentSeatings(CommunityId communityId) {
        seatReads++;
        return state.seated().stream().map(user -> new Seating(user, Instant.EPOCH, Optional.empty())).toList();
    }

    @Override
    public void applySeatingChanges(CommunityId communityId, SeatingChanges changes, Instant at) {
        state.seated().removeAll(changes.unseated());
        state.seated().addAll(changes.seated());
    }
}
