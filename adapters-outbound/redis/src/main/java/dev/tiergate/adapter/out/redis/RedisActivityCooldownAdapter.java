package dev.tiergate.adapter.out.redis;

import dev.tiergate.application.port.out.activity.ActivityCooldownPort;
import dev.tiergate.domain.activity.ActivityKind;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import io.lettuce.core.SetArgs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

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
        String previous = setIfAbsent(redisKey(communityId, member, kind), holder, kind.cooldown().toMillis());
        return previous == null || previous.equals(holder);
    }

    static String redisKey(CommunityId communityId, UserId member, ActivityKind kind) {
        return "tg:" + communityId.value() + ":activity-cooldown:" + kind.name().toLowerCase(Locale.ROOT) + ':'
                + member.value();
    }

    /** The value held before, or null when this call set it. */
    private String setIfAbsent(String key, String value, long millis) {
        // Lettuce times the command out itself; this bound only guards against a lost completion.
        long bound = connection.commandTimeout().multipliedBy(2).toMillis();
        try {
            return connection.commands().setGet(key, value, SetArgs.Builder.nx().px(millis)).toCompletableFuture()
                    .get(bound, TimeUnit.MILLISECONDS);
        } catch (ExecutionException failed) {
            throw unavailable(failed.getCause());
        } catch (TimeoutException | RuntimeException failed) {
            throw unavailable(failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw unavailable(interrupted);
        }
    }

    private static UncheckedIOException unavailable(Throwable cause) {
        String message = "cooldown store unavailable: " + cause.getClass().getSimpleName();
        return new UncheckedIOException(message, new IOException(message, cause));
    }
}
