package dev.tiergate.application.service.alert;

import dev.tiergate.application.port.in.alert.AlertSettings;
import dev.tiergate.application.port.in.alert.AlertsQuery;
import dev.tiergate.application.port.in.alert.ManageAlertsUseCase;
import dev.tiergate.application.port.in.alert.SetAlertFrequencyCommand;
import dev.tiergate.application.port.in.alert.ToggleAlertCommand;
import dev.tiergate.application.port.out.alert.AlertPreferencesPort;
import dev.tiergate.application.port.out.profile.LoadProfilesPort;
import dev.tiergate.domain.alert.AlertFrequency;
import dev.tiergate.domain.alert.AlertPreferences;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.MemberProfile;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.shared.InvalidFieldException;
import dev.tiergate.domain.tier.Tier;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Shows and changes a present member's alert preferences. Every member may switch Naib alerts (the
 * choice waits for a seat); they are only delivered while the member holds one.
 */
public final class ManageAlertsService implements ManageAlertsUseCase {

    private final LoadProfilesPort profiles;
    private final AlertPreferencesPort preferences;

    public ManageAlertsService(LoadProfilesPort profiles, AlertPreferencesPort preferences) {
        this.profiles = profiles;
        this.preferences = preferences;
    }

    @Override
    public AlertSettings show(AlertsQuery query) {
        return profiles.findProfile(query.communityId(), query.member())
                .<AlertSettings>map(member -> current(member,
                        preferences.loadPreferences(query.communityId(), query.member())))
                .orElse(new AlertSettings.NoProfile());
    }

    @Override
    public AlertSettings toggle(ToggleAlertCommand command) {
        return change(command.communityId(), command.member(), chosen -> chosen.toggle(command.kind()));
    }

    @Override
    public AlertSettings setFrequency(SetAlertFrequencyCommand command) {
        AlertFrequency frequency;
        try {
            frequency = AlertFrequency.parse(command.frequency());
        } catch (InvalidFieldException invalid) {
            return new AlertSettings.Invalid(invalid.field(), invalid.problem());
        }
        return change(command.communityId(), command.member(), chosen -> chosen.withFrequency(frequency));
    }

    private AlertSettings change(CommunityId community, UserId member, UnaryOperator<AlertPreferences> change) {
        Optional<MemberProfile> profile = profiles.findProfile(community, member);
        if (profile.isEmpty()) {
            return new AlertSettings.NoProfile();
        }
        return current(profile.get(), preferences.changePreferences(community, member, change));
    }

    private static AlertSettings current(MemberProfile member, AlertPreferences chosen) {
        return new AlertSettings.Current(chosen, member.tier() == Tier.NAIB);
    }
}
