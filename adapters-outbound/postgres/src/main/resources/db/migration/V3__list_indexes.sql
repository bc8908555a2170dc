-- Tiergate schema v3: the indexes behind the lists (leaderboards, member directory, Naib views,
-- /admin-stats). Each list reads one bounded range of one of them, in its own order, so no request
-- sorts or scans a community. Orders that mix directions are indexed on negated columns, so a keyset
-- cursor is a single row comparison the index answers as a range.

-- Directory by nym, A→Z by code point (collation "C": the same order in every locale and in Java).
CREATE INDEX member_profiles_directory_nym
    ON member_profiles (community_id, (nym_key COLLATE "C"), user_number)
    WHERE left_at IS NULL AND NOT directory_opt_out;

-- Directory by tenure (oldest first), the tenure filters, and the counts of present and new members.
CREATE INDEX member_profiles_joined
    ON member_profiles (community_id, joined_at, user_number)
    WHERE left_at IS NULL;

-- Directory by badges: most badges first, then the rank order (score desc, joined-at, user id).
CREATE INDEX member_profiles_directory_badges
    ON member_profiles (community_id, (-badge_count), (-score), joined_at, user_number)
    WHERE left_at IS NULL AND NOT directory_opt_out;

-- Badge leaderboard: members holding a badge, in the same order.
CREATE INDEX member_profiles_badge_board
    ON member_profiles (community_id, (-badge_count), (-score), joined_at, user_number)
    WHERE badge_count > 0 AND left_at IS NULL;

-- Tier progression (per tier, highest score first = closest to the next tier) and the tier distribution.
CREATE INDEX member_profiles_tier_order
    ON member_profiles (community_id, tier, score DESC, joined_at, user_number)
    WHERE left_at IS NULL;

-- Directory badge filter: the current holders of one badge, as one range, so a rare badge's few members
-- are found without reading the community's other awards (badge_awards_held_unique leads with the member:
-- it answers "does this member hold it", not "who holds it").
CREATE INDEX badge_awards_holders ON badge_awards (community_id, badge_id, user_id) WHERE revoked_at IS NULL;

-- Members active since an instant.
CREATE INDEX member_profiles_last_active
    ON member_profiles (community_id, last_active_at)
    WHERE left_at IS NULL AND last_active_at IS NOT NULL;

-- A community's seatings in time order: its first seating (the founding hour) and its history.
CREATE INDEX naib_seatings_seated ON naib_seatings (community_id, seated_at);
