package dev.tiergate.application.service.alert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.application.port.in.alert.AlertSettings;
import dev.tiergate.application.port.in.alert.AlertsQuery;
import dev.tiergate.application.port.in.alert.SetAlertFrequencyCommand;
import dev.tiergate.application.port.in.alert.ToggleAlertCommand;
import dev.tiergate.application.port.out.alert.AlertPreferencesPort;
import dev.tiergate.application.port.out.profile.LoadProfilesPort;
import dev.tiergate.domain.alert.AlertFrequency;
import dev.tiergate.domain.alert.AlertKind;
import dev.tiergate.domain.alert.AlertPreferences;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.Bio;
import dev.tiergate.domain.profile.MemberProfile;
import dev.tiergate.domain.profile.Nym;
import dev.tiergate.domain.profile.Score;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.tier.Tier;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ManageAlertsServiceTest {

    private static final CommunityId GUILD = new CommunityId("123456789012345678");
    private static final UserId MEMBER = new UserId("987654321098765432");
    private static final UserId NAIB = new UserId("987654321098765433");
    private static final UserId STRANGER = new UserId("987654321098765434");

    private final Map<UserId, AlertPreferences> stored = new HashMap<>();
    private final AlertPreferencesPort preferences = new AlertPreferencesPort() {
        @Override
        public AlertPreferences loadPreferences(CommunityId communityId, UserId member) {
            return stored.getOrDefault(member, AlertPreferences.DEFAULTS);
        }

        @Override
        public AlertPreferences changePreferences(CommunityId communityId, UserId member,
                UnaryOperator<AlertPreferences> change) {
            return stored.compute(member, (key, current) -> change.apply(current == null ? AlertPreferences.DEFAULTS : current));
        }
    };
    private final LoadProfilesPort profiles = new LoadProfilesPort() {
        @Override
        public Optional<MemberProfile> findProfile(CommunityId communityId, UserId userId) {
            if (userId.equals(STRANGER)) {
                return Optional.empty();
            }
            return Optional.of(new MemberProfile(communityId, userId, new Nym("member"), Bio.EMPTY, Optional.empty(),
                    Instant.EPOCH, Score.parse("1"), userId.equals(NAIB) ? Tier.NAIB : Tier.HAJRA, false, false,
                    Optional.empty()));
        }

        @Override
        public Optional<MemberProfile> findProfileByNym(CommunityId communityId, Nym nym) {
            return Optional.empty();
        }
    };
    private final ManageAlertsService service = new ManageAlertsService(profiles, preferences);

    @Test
    void aMemberWhoNeverChoseSeesTheDefaults() {
        assertThat(service.show(new AlertsQuery(GUILD, MEMBER)))
                .isEqualTo(new AlertSettings.Current(AlertPreferences.DEFAULTS, false));
        assertThat(stored).isEmpty();
    }

    @Test
    void aSeatedNaibIsToldSo() {
        assertThat(service.show(new AlertsQuery(GUILD, NAIB)))
                .isEqualTo(new AlertSettings.Current(AlertPreferences.DEFAULTS, true));
    }

    @Test
    void togglingSwitchesOneKindAndIsStored() {
        AlertSettings toggled = service.toggle(new ToggleAlertCommand(GUILD, MEMBER, AlertKind.AT_RISK_WARNINGS));

        AlertPreferences expected = new AlertPreferences(true, false, true, AlertFrequency.WEEKLY_1);
        assertThat(toggled).isEqualTo(new AlertSettings.Current(expected, false));
        assertThat(service.show(new AlertsQuery(GUILD, MEMBER))).isEqualTo(new AlertSettings.Current(expected, false));
        assertThat(service.toggle(new ToggleAlertCommand(GUILD, MEMBER, AlertKind.AT_RISK_WARNINGS)))
                .isEqualTo(new AlertSettings.Current(AlertPreferences.DEFAULTS, false));
    }

    @Test
    void anyMemberMayChooseNaibAlertsAheadOfASeat() {
        AlertSettings off = service.toggle(new ToggleAlertCommand(GUILD, MEMBER, AlertKind.NAIB_ALERTS));

        assertThat(off).isEqualTo(new AlertSettings.Current(AlertPreferences.DEFAULTS.with(AlertKind.NAIB_ALERTS, false),
                false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1/week", "2/week", "3/week", "daily"})
    void eachOfferedFrequencyIsStored(String frequency) {
        AlertSettings set = service.setFrequency(new SetAlertFrequencyCommand(GUILD, MEMBER, frequency));

        assertThat(set).isEqualTo(new AlertSettings.Current(
                AlertPreferences.DEFAULTS.withFrequency(AlertFrequency.parse(frequency)), false));
        assertThat(stored.get(MEMBER).frequency().label()).isEqualTo(frequency);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "hourly", "4/week", "DAILY", "WEEKLY_1", "1/week ", "%"})
    void anyOtherFrequencyIsRefusedNamingTheFieldAndChangesNothing(String frequency) {
        AlertSettings refused = service.setFrequency(new SetAlertFrequencyCommand(GUILD, MEMBER, frequency));

        assertThat(refused).isInstanceOf(AlertSettings.Invalid.class);
        assertThat(((AlertSettings.Invalid) refused).field()).isEqualTo("frequency");
        assertThat(stored).isEmpty();
    }

    @Test
    void aMissingOrHugeFrequencyIsRefusedToo() {
        assertThat(service.setFrequency(new SetAlertFrequencyCommand(GUILD, MEMBER, null)))
                .isInstanceOf(AlertSettings.Invalid.class);
        assertThat(service.setFrequency(new SetAlertFrequencyCommand(GUILD, MEMBER, "daily".repeat(2_000))))
                .isInstanceOf(AlertSettings.Invalid.class);
        assertThat(stored).isEmpty();
    }

    @Test
    void aMemberWithoutAProfileHasNoPreferencesToShowOrChange() {
        assertThat(service.show(new AlertsQuery(GUILD, STRANGER))).isEqualTo(new AlertSettings.NoProfile());
        assertThat(service.toggle(new ToggleAlertCommand(GUILD, STRANGER, AlertKind.POSITION_UPDATES)))
                .isEqualTo(new AlertSettings.NoProfile());
        assertThat(service.setFrequency(new SetAlertFrequencyCommand(GUILD, STRANGER, "daily")))
                .isEqualTo(new AlertSettings.NoProfile());
        assertThat(stored).isEmpty();
    }
}
