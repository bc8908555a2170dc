-- Tiergate schema v2: each community's badge catalog, badge awards with their full history, the
-- activity balance and its tracked channels, the activities already recorded, nym changes and
-- alert preferences.

-- The channels whose messages and reactions earn activity; empty means every channel.
ALTER TABLE communities ADD COLUMN tracked_channel_ids text[] NOT NULL DEFAULT '{}';

CREATE TABLE community_badges (
    community_id text NOT NULL REFERENCES communities (id) ON DELETE CASCADE,
    badge_id     text NOT NULL CHECK (badge_id ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(badge_id) <= 32),
    name         text NOT NULL CHECK (length(name) BETWEEN 1 AND 64),
    emoji        text NOT NULL,
    category     text NOT NULL CHECK (category IN ('TENURE', 'ENGAGEMENT', 'ACHIEVEMENT', 'CONTRIBUTION')),
    description  text NOT NULL CHECK (length(description) <= 200),
    -- Where the badge appears in the catalog (lists and suggestions follow this order).
    position     integer NOT NULL CHECK (position >= 0),
    PRIMARY KEY (community_id, badge_id)
);

-- One row per award; revocation is soft (revoked_* set), and a re-award is a new row, so the
-- history of who awarded or revoked what, when and why is never overwritten.
-- awarded_by / revoked_by: a member's user id, or 'rule:<name>' for an automatic rule.
CREATE TABLE badge_awards (
    id            bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    community_id  text        NOT NULL,
    user_id       text        NOT NULL,
    badge_id      text        NOT NULL,
    awarded_at    timestamptz NOT NULL,
    awarded_by    text        NOT NULL,
    award_reason  text        NOT NULL CHECK (length(award_reason) <= 500),
    revoked_at    timestamptz,
    revoked_by    text,
    revoke_reason text        CHECK (length(revoke_reason) <= 500),
    FOREIGN KEY (community_id, user_id) REFERENCES member_profiles (community_id, user_id) ON DELETE CASCADE,
    FOREIGN KEY (community_id, badge_id) REFERENCES community_badges (community_id, badge_id) ON DELETE CASCADE,
    CHECK ((revoked_at IS NULL) = (revoked_by IS NULL)),
    CHECK (revoked_at IS NULL OR revoked_at >= awarded_at)
);

-- A member holds a badge at most once at a time: the award is idempotent under concurrency too.
CREATE UNIQUE INDEX badge_awards_held_unique ON badge_awards (community_id, user_id, badge_id)
    WHERE revoked_at IS NULL;
CREATE INDEX badge_awards_member ON badge_awards (community_id, user_id, awarded_at DESC);
CREATE INDEX badge_awards_recent ON badge_awards (community_id, awarded_at);

ALTER TABLE member_profiles
    -- Held (non-revoked) badges, kept in the same transaction as every award and revocation.
    ADD COLUMN badge_count         integer          NOT NULL DEFAULT 0 CHECK (badge_count >= 0),
    -- Activity balance as of activity_updated_at; it decays x0.9 every 6 h, computed lazily.
    ADD COLUMN activity_points     double precision NOT NULL DEFAULT 0 CHECK (activity_points >= 0),
    ADD COLUMN activity_updated_at timestamptz,
    -- ln(points) + hours(activity_updated_at)/6 * ln(1/0.9): orders members by their balance decayed
    -- to any common instant, without touching rows as time passes. Null without activity.
    ADD COLUMN activity_order      double precision,
    ADD COLUMN last_active_at      timestamptz,
    ADD COLUMN nym_changed_at      timestamptz;

CREATE INDEX member_profiles_activity_order ON member_profiles (community_id, activity_order DESC)
    WHERE left_at IS NULL AND activity_order IS NOT NULL;

-- Activities already counted (a gateway event's id, or one derived from it per member), so a
-- redelivered event counts once; inserted in the transaction that adds the points. Rows older than
-- the EVENTS stream's max age (24 h) can no longer be redelivered and may be deleted.
CREATE TABLE processed_events (
    community_id text        NOT NULL REFERENCES communities (id) ON DELETE CASCADE,
    event_id     uuid        NOT NULL,
    processed_at timestamptz NOT NULL,
    PRIMARY KEY (community_id, event_id)
);

CREATE INDEX processed_events_age ON processed_events (processed_at);

-- A member's alert choices; no row means the defaults (everything on, once a week).
CREATE TABLE alert_preferences (
    community_id     text    NOT NULL,
    user_id          text    NOT NULL,
    position_updates boolean NOT NULL,
    at_risk_warnings boolean NOT NULL,
    naib_alerts      boolean NOT NULL,
    frequency        text    NOT NULL CHECK (frequency IN ('WEEKLY_1', 'WEEKLY_2', 'WEEKLY_3', 'DAILY')),
    PRIMARY KEY (community_id, user_id),
    FOREIGN KEY (community_id, user_id) REFERENCES member_profiles (community_id, user_id) ON DELETE CASCADE
);

-- Every existing community gets the default catalog (new communities get it when created).
INSERT INTO community_badges (community_id, badge_id, name, emoji, category, description, position)
SELECT c.id, d.badge_id, d.name, d.emoji, d.category, d.description, d.position
FROM communities c CROSS JOIN (VALUES
    ('og', 'OG', '🌅', 'TENURE', 'Joined within 30 days of launch', 0),
    ('veteran', 'Veteran', '🎖️', 'TENURE', 'Member for 90 days', 1),
    ('elder', 'Elder', '🏛️', 'TENURE', 'Member for 180 days', 2),
    ('consistent', 'Consistent', '🔁', 'ENGAGEMENT', 'Activity of 100', 3),
    ('dedicated', 'Dedicated', '🔥', 'ENGAGEMENT', 'Activity of 250', 4),
    ('devoted', 'Devoted', '💎', 'ENGAGEMENT', 'Activity of 500', 5),
    ('usul-ascended', 'Usul Ascended', '⬆️', 'ACHIEVEMENT', 'Reached Usul or higher', 6),
    ('naib-ascended', 'Naib Ascended', '👑', 'ACHIEVEMENT', 'Held a Naib seat', 7),
    ('former-naib', 'Former Naib', '📜', 'ACHIEVEMENT', 'Served on the Naib council', 8),
    ('founding-naib', 'Founding Naib', '🏺', 'ACHIEVEMENT', 'Seated in the founding hour', 9),
    ('helper', 'Helper', '🤝', 'CONTRIBUTION', 'Helps other members', 10),
    ('builder', 'Builder', '🛠️', 'CONTRIBUTION', 'Builds for the community', 11),
    ('teacher', 'Teacher', '📚', 'CONTRIBUTION', 'Teaches the community', 12),
    ('water-sharer', 'Water Sharer', '💧', 'CONTRIBUTION', 'Shares generously', 13)
) AS d (badge_id, name, emoji, category, description, position);
