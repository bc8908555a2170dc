-- Tiergate schema v1: communities and their rules, member profiles with a materialized rank,
-- Naib seatings and tier history. Every table is keyed by community first: no query crosses
-- communities. Scores are exact decimals (numeric(49,18)), never floats.

CREATE TABLE communities (
    id                    text        PRIMARY KEY CHECK (id ~ '^[1-9][0-9]{16,19}$'),
    name                  text        NOT NULL,
    active                boolean     NOT NULL DEFAULT true,
    created_at            timestamptz NOT NULL DEFAULT now(),
    naib_seats            integer     NOT NULL CHECK (naib_seats BETWEEN 0 AND 100),
    fedaykin_cutoff       integer     NOT NULL CHECK (fedaykin_cutoff BETWEEN 1 AND 10000),
    at_risk_window        integer     NOT NULL CHECK (at_risk_window >= 0),
    waitlist_size         integer     NOT NULL CHECK (waitlist_size BETWEEN 0 AND 10000),
    demotion_grace_millis bigint      NOT NULL CHECK (demotion_grace_millis BETWEEN 0 AND 2592000000),
    launched_at           timestamptz,
    admin_role_ids        text[]      NOT NULL DEFAULT '{}'
);

-- One row per tier a community configures: the minimum score of a score-based tier and/or the
-- Discord role the tier grants. NONE has neither, so it never has a row.
CREATE TABLE community_tiers (
    community_id text           NOT NULL REFERENCES communities (id) ON DELETE CASCADE,
    tier         text           NOT NULL CHECK (tier IN ('NAIB', 'FEDAYKIN', 'USUL', 'SAYYADINA', 'MUSHTAMAL',
                                                         'SIHAYA', 'QANAT', 'ICHWAN', 'HAJRA')),
    min_score    numeric(49, 18) CHECK (min_score > 0),
    role_id      text           CHECK (role_id ~ '^[1-9][0-9]{16,19}$'),
    PRIMARY KEY (community_id, tier),
    CHECK (min_score IS NOT NULL OR role_id IS NOT NULL)
);

CREATE TABLE member_profiles (
    community_id      text            NOT NULL REFERENCES communities (id),
    user_id           text            NOT NULL CHECK (user_id ~ '^[1-9][0-9]{16,19}$'),
    -- The user id as a number: the last rank tie-break is the numerically smaller snowflake.
    user_number       numeric(20, 0)  GENERATED ALWAYS AS (user_id::numeric(20, 0)) STORED,
    nym               text            NOT NULL,
    nym_key           text            NOT NULL,
    -- Set while the nym is the placeholder a score update gave an unknown member.
    nym_placeholder   boolean         NOT NULL DEFAULT false,
    bio               text            NOT NULL DEFAULT '',
    avatar_url        text,
    joined_at         timestamptz     NOT NULL,
    score             numeric(49, 18) NOT NULL DEFAULT 0 CHECK (score >= 0),
    score_as_of       timestamptz,
    wallet            text            CHECK (wallet ~ '^0x[0-9a-f]{40}$'),
    left_at           timestamptz,
    directory_opt_out boolean         NOT NULL DEFAULT false,
    tier              text            NOT NULL DEFAULT 'NONE'
                                      CHECK (tier IN ('NAIB', 'FEDAYKIN', 'USUL', 'SAYYADINA', 'MUSHTAMAL',
                                                      'SIHAYA', 'QANAT', 'ICHWAN', 'HAJRA', 'NONE')),
    tier_below_since  timestamptz,
    -- Materialized rank (1 = best), maintained on write by one statement per batch; null when unranked.
    rank              integer         CHECK (rank > 0),
    PRIMARY KEY (community_id, user_id),
    CONSTRAINT member_profiles_nym_key_unique UNIQUE (community_id, nym_key),
    CONSTRAINT member_profiles_wallet_unique UNIQUE (community_id, wallet),
    -- Deferrable: the re-rank shifts ranks within one UPDATE, so uniqueness is checked at the end of
    -- the statement, not row by row. Initially immediate: a duplicate fails at that statement.
    CONSTRAINT member_profiles_rank_unique UNIQUE (community_id, rank) DEFERRABLE INITIALLY IMMEDIATE,
    -- Only ranked members (not left, positive score) may hold a rank.
    CONSTRAINT member_profiles_rank_only_when_ranked CHECK (rank IS NULL OR (left_at IS NULL AND score > 0))
);

-- The rank order (score desc, joined-at, user id) over ranked members only: the re-rank reads the
-- community in this order without sorting.
CREATE INDEX member_profiles_rank_order ON member_profiles (community_id, score DESC, joined_at, user_number)
    WHERE left_at IS NULL AND score > 0;

-- Members whose tier may move without their score moving: rank-based tiers and pending demotions.
CREATE INDEX member_profiles_tier_watch ON member_profiles (community_id)
    WHERE tier IN ('NAIB', 'FEDAYKIN') OR tier_below_since IS NOT NULL;

CREATE TABLE naib_seatings (
    id           bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    community_id text        NOT NULL,
    user_id      text        NOT NULL,
    seated_at    timestamptz NOT NULL,
    unseated_at  timestamptz,
    FOREIGN KEY (community_id, user_id) REFERENCES member_profiles (community_id, user_id) ON DELETE CASCADE,
    CHECK (unseated_at IS NULL OR unseated_at >= seated_at)
);

-- At most one open seating per member; also the index of a community's current council.
CREATE UNIQUE INDEX naib_seatings_open_unique ON naib_seatings (community_id, user_id) WHERE unseated_at IS NULL;
CREATE INDEX naib_seatings_member ON naib_seatings (community_id, user_id, seated_at);

CREATE TABLE tier_changes (
    id           bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    community_id text        NOT NULL,
    user_id      text        NOT NULL,
    from_tier    text        NOT NULL,
    to_tier      text        NOT NULL,
    changed_at   timestamptz NOT NULL,
    cause        text        NOT NULL CHECK (cause IN ('PROMOTED', 'DEMOTED_AFTER_GRACE')),
    FOREIGN KEY (community_id, user_id) REFERENCES member_profiles (community_id, user_id) ON DELETE CASCADE,
    CHECK (from_tier <> to_tier)
);

CREATE INDEX tier_changes_member ON tier_changes (community_id, user_id, changed_at);
CREATE INDEX tier_changes_recent ON tier_changes (community_id, changed_at);
