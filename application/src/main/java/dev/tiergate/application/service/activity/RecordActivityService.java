package dev.tiergate.application.service.activity;

import dev.tiergate.application.port.in.activity.ActivityOutcome;
import dev.tiergate.application.port.in.activity.RecordActivityCommand;
import dev.tiergate.application.port.in.activity.RecordActivityUseCase;
import dev.tiergate.application.port.out.activity.ActivityCooldownPort;
import dev.tiergate.application.port.out.activity.ActivityPort;
import dev.tiergate.application.port.out.badge.SaveBadgeAwardsPort;
import dev.tiergate.application.port.out.community.EnsureCommunityPort;
import dev.tiergate.application.port.out.transaction.CommunityWriteLockPort;
import dev.tiergate.domain.activity.ActivityBalance;
import dev.tiergate.domain.badge.BadgeRules;
import dev.tiergate.domain.community.Community;
import java.util.Optional;

/**
 * Records one activity in a community transaction: remembers it first (a redelivery stops there),
 * then applies the cooldown, adds the points and awards the engagement badges the balance reaches.
 * The cooldown is claimed with the activity's id, so a delivery whose transaction failed still
 * counts when redelivered; a Redis outage fails the call (retried later) instead of counting twice.
 */
public final class RecordActivityService implements RecordActivityUseCase {

    private final CommunityWriteLockPort lock;
    private final EnsureCommunityPort communities;
    private final ActivityCooldownPort cooldowns;
    private final ActivityPort activity;
    private final SaveBadgeAwardsPort awards;

    public RecordActivityService(CommunityWriteLockPort lock, EnsureCommunityPort communities,
            ActivityCooldownPort cooldowns, ActivityPort activity, SaveBadgeAwardsPort awards) {
        this.lock = lock;
        this.communities = communities;
        this.cooldowns = cooldowns;
        this.activity = activity;
        this.awards = awards;
    }

    @Override
    public ActivityOutcome recordActivity(RecordActivityCommand command) {
        return lock.inCommunityTransaction(command.communityId(), () -> {
            Community community = communities.ensureCommunity(command.communityId());
            if (!community.config().activityRules().tracks(command.channelId())) {
                return new ActivityOutcome.NotTracked();
            }
            if (!activity.markRecorded(community.id(), command.activityId(), command.at())) {
                return new ActivityOutcome.AlreadyRecorded();
            }
            if (command.kind().hasCooldown()
                    && !cooldowns.claim(community.id(), command.member(), command.kind(), command.activityId())) {
                return new ActivityOutcome.CoolingDown();
            }
            Optional<ActivityBalance> balance = activity.addPoints(community.id(), command.member(),
                    command.kind().points(), command.at());
            if (balance.isEmpty()) {
                return new ActivityOutcome.MemberLeft();
            }
            int awarded = awards.grantAutomaticBadges(community.id(), BadgeRules.grants(command.member(),
                    BadgeRules.engagement(balance.get().points()), community.config().badgeCatalog()), command.at());
            return new ActivityOutcome.Recorded(balance.get(), awarded);
        });
    }
}
