package dev.tiergate.adapter.out.discord;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tiergate.application.port.out.role.MemberRolesPort;
import dev.tiergate.application.port.out.role.RoleChange;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.shared.Snowflake;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adds and removes one role of one member with Discord's single-role routes ({@code PUT} / {@code DELETE
 * /guilds/{guild_id}/members/{user_id}/roles/{role_id}}, 204 when done), the reason in
 * {@code X-Audit-Log-Reason}, through the {@link BotRequestLane}; it never retries a refusal.
 */
public final class DiscordRoleAdapter implements MemberRolesPort {

    static final DiscordRoute ADD_ROLE = new DiscordRoute("PUT", "/guilds/{guild_id}/members/{user_id}/roles/{role_id}");
    static final DiscordRoute REMOVE_ROLE = new DiscordRoute("DELETE", "/guilds/{guild_id}/members/{user_id}/roles/{role_id}");
    private static final Logger LOG = LoggerFactory.getLogger(DiscordRoleAdapter.class);
    /** Unknown guild, member, role and user. */
    private static final Set<Integer> GONE = Set.of(10004, 10007, 10011, 10013);
    private static final int DETAIL_LIMIT = 200;

    private final BotRequestLane lane;

    public DiscordRoleAdapter(BotRequestLane lane) {
        this.lane = lane;
    }

    @Override
    public RoleChange addRole(CommunityId guild, UserId member, String roleId, String auditReason) {
        return change(ADD_ROLE, guild, member, roleId, auditReason);
    }

    @Override
    public RoleChange removeRole(CommunityId guild, UserId member, String roleId, String auditReason) {
        return change(REMOVE_ROLE, guild, member, roleId, auditReason);
    }

    private RoleChange change(DiscordRoute route, CommunityId guild, UserId member, String roleId, String auditReason) {
        if (!Snowflake.isValid(roleId)) {
            throw new IllegalArgumentException("A Discord role id must be a snowflake");
        }
        String path = "/guilds/" + guild.value() + "/members/" + member.value() + "/roles/" + roleId;
        Map<String, String> headers = DiscordHttp.auditLogReason(auditReason)
                .map(reason -> Map.of("X-Audit-Log-Reason", reason)).orElse(Map.of());
        RoleChange change = switch (lane.send(route, guild.value(), path, null, headers)) {
            case LaneReply.Answered answered -> outcome(answered);
            case LaneReply.Throttled throttled -> new RoleChange.RateLimited(throttled.retryAfter());
            case LaneReply.Halted _ -> new RoleChange.Unauthorized();
            case LaneReply.Unavailable unavailable -> new RoleChange.Unavailable(unavailable.reason());
        };
        String what = (route == ADD_ROLE ? "adding" : "removing") + " role " + roleId + " of member " + member.value()
                + " in guild " + guild.value();
        switch (change) {
            case RoleChange.Applied _ -> LOG.debug("Discord applied {}", what);
            case RoleChange.Forbidden forbidden -> LOG.warn("Discord forbade {} ({}): the role is above the bot's"
                    + " highest role or the bot lacks Manage Roles; not retried", what, forbidden.detail());
            case RoleChange.NotFound gone -> LOG.info("Discord found nothing for {} ({})", what, gone.detail());
            case RoleChange.Rejected rejected -> LOG.warn("Discord rejected {} ({})", what, rejected.detail());
            case RoleChange.RateLimited limited -> LOG.info("Discord rate limits hold {} for {} s", what,
                    RequestLane.seconds(limited.retryAfter()));
            case RoleChange.Unavailable unavailable -> LOG.info("Discord did not take {}: {}", what,
                    unavailable.reason());
            case RoleChange.Unauthorized _ -> LOG.debug("Not {}: the bot token was refused", what);
        }
        return change;
    }

    private static RoleChange outcome(LaneReply.Answered answered) {
        int status = answered.status();
        if (answered.succeeded()) {
            return new RoleChange.Applied();
        }
        JsonNode error = DiscordHttp.error(answered.body());
        String detail = detail(status, error);
        if (status == 401) {
            return new RoleChange.Unauthorized();
        }
        if (status == 403) {
            return new RoleChange.Forbidden(detail);
        }
        if (status == 404 || GONE.contains(error.path("code").asInt(-1))) {
            return new RoleChange.NotFound(detail);
        }
        if (status >= 500) {
            return new RoleChange.Unavailable("Discord failed (" + detail + ")");
        }
        return new RoleChange.Rejected(status, detail);
    }

    /** "HTTP 403, code 50013: Missing Permissions", on one line and short. */
    private static String detail(int status, JsonNode error) {
        String said = error.path("message").isTextual() ? ": " + error.path("message").asText() : "";
        String detail = ("HTTP " + status + DiscordHttp.codeOf(error) + said).replaceAll("\\p{Cntrl}+", " ");
        return DiscordText.fit(detail, DETAIL_LIMIT);
    }
}
