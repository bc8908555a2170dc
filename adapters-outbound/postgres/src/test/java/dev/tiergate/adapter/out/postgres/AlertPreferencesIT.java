package dev.tiergate.adapter.out.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.application.port.out.alert.AlertPreferencesPort;
import dev.tiergate.application.port.out.profile.RegisterMemberPort;
import dev.tiergate.domain.alert.AlertFrequency;
import dev.tiergate.domain.alert.AlertKind;
import dev.tiergate.domain.alert.AlertPreferences;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.Nym;
import dev.tiergate.domain.profile.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Alert preferences against PostgreSQL: defaults without a row, exact round trips, no lost concurrent change. */
class AlertPreferencesIT extends AdapterIntegrationTest {

    private final AlertPreferencesPort port = bean(AlertPreferencesPort.class);

    private static UserId member(CommunityId community) {
        UserId user = newUser();
        bean(RegisterMemberPort.class).registerMember(community, user, new Nym("member-" + user.value()),
                Instant.parse("2026-01-10T08:00:00Z"));
        return user;
    }

    @Test
    void aMemberWhoNeverChoseHasTheDefaultsAndNoRow() {
        CommunityId community = newCommunity();
        UserId user = member(community);

        assertThat(port.loadPreferences(community, user)).isEqualTo(AlertPreferences.DEFAULTS);
        assertThat(queryLong("SELECT count(*) FROM alert_preferences WHERE community_id = ?", community.value())).isZero();
    }

    @ParameterizedTest
    @EnumSource(AlertFrequency.class)
    void everyChoiceRoundTrips(AlertFrequency frequency) {
        CommunityId community = newCommunity();
        UserId user = member(community);
        AlertPreferences wanted = new AlertPreferences(false, true, false, frequency);

        AlertPreferences stored = port.changePreferences(community, user, current -> wanted);

        assertThat(stored).isEqualTo(wanted);
        assertThat(port.loadPreferences(community, user)).isEqualTo(wanted);
        assertThat(port.changePreferences(community, user, current -> current.toggle(AlertKind.POSITION_UPDATES)))
                .isEqualTo(new AlertPreferences(true, true, false, frequency));
    }

    @Test
    void theFirstChangeStartsFromTheDefaults() {
        CommunityId community = newCommunity();
        UserId user = member(community);

        assertThat(port.changePreferences(community, user, current -> current.toggle(AlertKind.NAIB_ALERTS)))
                .isEqualTo(new AlertPreferences(true, true, false, AlertFrequency.WEEKLY_1));
    }

    @Test
    void membersAndCommunitiesKeepTheirOwnChoices() {
        CommunityId community = newCommunity();
        CommunityId other = newCommunity();
        UserId one = member(community);
        UserId two = member(community);
        UserId elsewhere = member(other);

        port.changePreferences(community, one, current -> current.withFrequency(AlertFrequency.DAILY));

        assertThat(port.loadPreferences(community, two)).isEqualTo(AlertPreferences.DEFAULTS);
        assertThat(port.loadPreferences(other, elsewhere)).isEqualTo(AlertPreferences.DEFAULTS);
        assertThat(port.loadPreferences(other, one)).isEqualTo(AlertPreferences.DEFAULTS);
    }

    @Test
    void concurrentChangesOfOneMemberAreAllApplied() throws Exception {
        CommunityId community = newCommunity();
        UserId user = member(community);
        int perKind = 7;
        CyclicBarrier start = new CyclicBarrier(3);
        List<Future<?>> running = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(3)) {
            for (AlertKind kind : AlertKind.values()) {
                running.add(threads.submit(() -> {
                    start.await();
                    for (int i = 0; i < perKind; i++) {
                        port.changePreferences(community, user, current -> current.toggle(kind));
                    }
                    return null;
                }));
            }
            for (Future<?> each : running) {
                each.get();
            }
        }

        assertThat(port.loadPreferences(community, user)).as("each kind toggled an odd number of times")
                .isEqualTo(new AlertPreferences(false, false, false, AlertFrequency.WEEKLY_1));
    }
}
