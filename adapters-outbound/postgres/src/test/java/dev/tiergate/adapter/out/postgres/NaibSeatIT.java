package dev.tiergate.adapter.out.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.application.port.out.naib.LoadNaibSeatsPort;
import dev.tiergate.application.port.out.naib.UpdateNaibSeatsPort;
import dev.tiergate.application.port.out.profile.RegisterMemberPort;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.naib.Seating;
import dev.tiergate.domain.naib.SeatingChanges;
import dev.tiergate.domain.profile.Nym;
import dev.tiergate.domain.profile.UserId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Naib terms open and close idempotently, one open term per member, per community. */
class NaibSeatIT extends AdapterIntegrationTest {

    private static final Instant T1 = Instant.parse("2025-04-01T10:00:00Z");
    private static final Instant T2 = T1.plusSeconds(3600);
    private static final Instant T3 = T2.plusSeconds(3600);

    private final LoadNaibSeatsPort load = bean(LoadNaibSeatsPort.class);
    private final UpdateNaibSeatsPort update = bean(UpdateNaibSeatsPort.class);

    @Test
    void seatingTwiceOpensOneTermAndUnseatingTwiceClosesItOnce() {
        CommunityId community = newCommunity();
        UserId alia = member(community, "Alia");
        UserId duncan = member(community, "Duncan");

        update.applySeatingChanges(community, new SeatingChanges(List.of(alia, duncan), List.of()), T1);
        update.applySeatingChanges(community, new SeatingChanges(List.of(alia, duncan), List.of()), T2);

        assertThat(load.currentSeatings(community)).containsExactlyInAnyOrder(
                new Seating(alia, T1, Optional.empty()), new Seating(duncan, T1, Optional.empty()));
        assertThat(terms(community)).isEqualTo(2);

        update.applySeatingChanges(community, new SeatingChanges(List.of(), List.of(alia)), T2);
        update.applySeatingChanges(community, new SeatingChanges(List.of(), List.of(alia)), T3);

        assertThat(load.currentSeatings(community)).containsExactly(new Seating(duncan, T1, Optional.empty()));
        assertThat(unseatedAt(community, alia)).isEqualTo(T2);
        assertThat(load.isSeated(community, duncan)).as("an open term").isTrue();
        assertThat(load.isSeated(community, alia)).as("a closed term only").isFalse();
    }

    @Test
    void aMemberSeatedAgainStartsANewTerm() {
        CommunityId community = newCommunity();
        UserId leto = member(community, "Leto");
        update.applySeatingChanges(community, new SeatingChanges(List.of(leto), List.of()), T1);
        update.applySeatingChanges(community, new SeatingChanges(List.of(), List.of(leto)), T2);

        update.applySeatingChanges(community, new SeatingChanges(List.of(leto), List.of()), T3);

        assertThat(load.currentSeatings(community)).containsExactly(new Seating(leto, T3, Optional.empty()));
        assertThat(terms(community)).isEqualTo(2);
    }

    @Test
    void oneChangeCanSeatAndUnseatTogether() {
        CommunityId community = newCommunity();
        UserId incumbent = member(community, "Incumbent");
        UserId challenger = member(community, "Challenger");
        update.applySeatingChanges(community, new SeatingChanges(List.of(incumbent), List.of()), T1);

        update.applySeatingChanges(community, new SeatingChanges(List.of(challenger), List.of(incumbent)), T2);

        assertThat(load.currentSeatings(community)).containsExactly(new Seating(challenger, T2, Optional.empty()));
    }

    @Test
    void seatsOfOneCommunityAreNotSeenFromAnother() {
        CommunityId one = newCommunity();
        CommunityId other = newCommunity();
        UserId user = newUser();
        bean(RegisterMemberPort.class).registerMember(one, user, new Nym("Shared"), T1);
        bean(RegisterMemberPort.class).registerMember(other, user, new Nym("Shared"), T1);

        update.applySeatingChanges(one, new SeatingChanges(List.of(user), List.of()), T1);
        update.applySeatingChanges(other, new SeatingChanges(List.of(), List.of(user)), T2);

        assertThat(load.currentSeatings(one)).containsExactly(new Seating(user, T1, Optional.empty()));
        assertThat(load.currentSeatings(other)).isEmpty();
        assertThat(load.isSeated(one, user)).isTrue();
        assertThat(load.isSeated(other, user)).isFalse();
    }

    private static UserId member(CommunityId community, String nym) {
        UserId user = newUser();
        bean(RegisterMemberPort.class).registerMember(community, user, new Nym(nym), T1);
        return user;
    }

    private static long terms(CommunityId community) {
        return queryLong("SELECT count(*) FROM naib_seatings WHERE community_id = ?", community.value());
    }

    private static Instant unseatedAt(CommunityId community, UserId user) {
        long micros = queryLong("""
                SELECT (extract(epoch FROM unseated_at) * 1000000)::bigint FROM naib_seatings
                WHERE community_id = ? AND user_id = ? AND unseated_at IS NOT NULL""", community.value(), user.value());
        return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }
}
