package dev.tiergate.adapter.out.redis;

import dev.tiergate.application.port.out.activity.ActivityCooldownPort;
import dev.tiergate.domain.activity.ActivityKind;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import io.lettuce.core.SetArgs;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.UUID;

/**
 * Activity cooldowns under {@code tg:<community>:activity-cooldown:<kind>:<user>}: one
 * {@code SET key <activity id> NX PX <cooldown> GET} claims the window, or returns who holds it.
 * The holder's own id counts as a claim, so a redelivery after a failed transaction keeps its point.
 * When Redis cannot answer, the call throws an {@link UncheckedIOException} ("cooldown store
 * unavailable"): the caller retries later rather than counting without a cooldown.
 */
public final class RedisActivityCooldownAdapter implements ActivityCooldownPort {

    private final RedisConnection connection;

    public RedisActivityCooldownAdapter(RedisConnection connection) {
        this.connection = connection;
    }

    @Override
    public boolean claim(CommunityId communityId, UserId member, ActivityKind kind, UUID activityId) {
        if (!kind.hasCooldown()) {
            return true;
        }
        String holder = activityId.toString();
        String previous = connection.await("cooldown store", redis -> redis.setGet(redisKey(communityId, member, kind), holder,
                SetArgs.Builder.nx().px(kind.cooldown().toMillis())));
        return previous == null || previous.equals(holder);
    }

    static String redisKey(CommunityId communityId, UserId member, ActivityKind kind) {
        return "tg:" + communityId.value() + ":activity-cooldown:" + kind.name().toLowerCase(Locale.ROOT) + ':'
                + member.value();
    }
}
