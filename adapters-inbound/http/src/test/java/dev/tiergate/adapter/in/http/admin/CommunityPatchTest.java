package dev.tiergate.adapter.in.http.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tiergate.application.port.in.communityconfig.ConfigChange;
import dev.tiergate.domain.profile.Score;
import dev.tiergate.domain.tier.Tier;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CommunityPatchTest {

    @Test
    void everySettingOfTheBodyBecomesOneChange() {
        List<ConfigChange> changes = changes("""
                {"naib_seats": 5, "fedaykin_cutoff": 50, "at_risk_window": 5, "waitlist_size": 20,
                 "demotion_grace": "PT12H", "tier_ladder": {"hajra": "10.5"}, "launched_at": null,
                 "activity_rules": {"tracked_channels": ["223456789012345678"]}}""");

        assertThat(changes).containsExactly(new ConfigChange.NaibSeats(5), new ConfigChange.FedaykinCutoff(50),
                new ConfigChange.AtRiskWindow(5), new ConfigChange.WaitlistSize(20),
                new ConfigChange.DemotionGrace(Duration.ofHours(12)),
                new ConfigChange.TierMinimumScore(Tier.HAJRA, Score.parse("10.5")),
                new ConfigChange.LaunchDate(Optional.empty()),
                new ConfigChange.TrackedChannels(Set.of("223456789012345678")));
        assertThat(changes("{\"launched_at\": \"2026-01-01T00:00:00Z\"}"))
                .containsExactly(new ConfigChange.LaunchDate(Optional.of(Instant.parse("2026-01-01T00:00:00Z"))));
    }

    @Test
    void aWrongTypeOrMalformedValueIsRefusedNamingItsField() {
        assertRefused("{\"naib_seats\": \"7\"}", "naib_seats");
        assertRefused("{\"naib_seats\": 7.5}", "naib_seats");
        assertRefused("{\"waitlist_size\": 100000000000000000000}", "waitlist_size");
        assertRefused("{\"demotion_grace\": \"one day\"}", "demotion_grace");
        assertRefused("{\"tier_ladder\": {\"usul\": 1111}}", "tier_ladder.usul");
        assertRefused("{\"tier_ladder\": {\"usul\": \"-1\"}}", "tier_ladder.usul");
        assertRefused("{\"tier_ladder\": {\"x.usul\": \"1\"}}", "tier_ladder.x.usul");
        assertRefused("{\"tier_ladder\": {\"none\": \"1\"}}", "tier_ladder.none");
        assertRefused("{\"launched_at\": \"yesterday\"}", "launched_at");
        assertRefused("{\"activity_rules\": {\"tracked_channels\": [1]}}", "activity_rules.tracked_channels[0]");
        assertRefused("{\"activity_rules\": []}", "activity_rules");
    }

    @Test
    void unknownReadOnlyAndElsewhereSetFieldsAreRefusedByName() {
        assertRefused("{\"naib_seats\": 5, \"naib_seat\": 5}", "naib_seat");
        assertRefused("{\"activity_rules\": {\"tracked_channels\": [], \"mode\": \"all\"}}", "activity_rules.mode");
        assertRefused("{\"guild_id\": \"123456789012345678\"}", "guild_id");
        assertRefused("{\"tier_roles\": {}}", "tier_roles");
        assertRefused("{\"admin_roles\": []}", "admin_roles");
    }

    private static void assertRefused(String json, String field) {
        assertThatThrownBy(() -> changes(json)).as(json).isInstanceOf(ApiProblem.class)
                .extracting(problem -> ((ApiProblem) problem).body().field()).isEqualTo(field);
    }

    private static List<ConfigChange> changes(String json) {
        return CommunityPatch.changes(JsonRequest.object(-1,
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), ""));
    }
}
