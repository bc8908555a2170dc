-- Tiergate schema v8: alerts. Every fact worth an alert (a tier change, a seat taken or lost, an entry
-- into the at-risk band) is recorded once in alert_history as PENDING before any DM goes out, then
-- settled once (SENT, FAILED, SKIPPED). The fact key makes recording idempotent.

CREATE TABLE alert_history (
    id           bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    community_id text        NOT NULL,
    user_id      text        NOT NULL,
    -- The fact alerted about: 'tier:<tier_changes.id>', 'seated:<naib_seatings.id>',
    -- 'unseated:<naib_seatings.id>' or 'at-risk:<microseconds since the epoch of the run that saw it>'.
    fact_key     text        NOT NULL,
    event        text        NOT NULL CHECK (event IN ('PROMOTED', 'DEMOTED', 'SEATED', 'UNSEATED', 'ENTERED_AT_RISK')),
    from_tier    text,
    to_tier      text,
    rank         integer     CHECK (rank > 0),
    occurred_at  timestamptz NOT NULL,
    recorded_at  timestamptz NOT NULL,
    status       text        NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENT', 'FAILED', 'SKIPPED')),
    detail       text        CHECK (length(detail) <= 300),
    -- Last time a run took the alert to send it; a pending alert is taken again only after a lease.
    attempted_at timestamptz,
    settled_at   timestamptz,
    CONSTRAINT alert_history_fact_unique UNIQUE (community_id, user_id, fact_key),
    FOREIGN KEY (community_id, user_id) REFERENCES member_profiles (community_id, user_id) ON DELETE CASCADE,
    CHECK ((status = 'PENDING') = (settled_at IS NULL)),
    CHECK ((event IN ('PROMOTED', 'DEMOTED')) = (from_tier IS NOT NULL AND to_tier IS NOT NULL)),
    CHECK ((event = 'ENTERED_AT_RISK') = (rank IS NOT NULL))
);

CREATE INDEX alert_history_pending ON alert_history (occurred_at, id) WHERE status = 'PENDING';
-- The frequency allowance counts a member's sent alerts in a rolling window.
CREATE INDEX alert_history_sent ON alert_history (community_id, user_id, settled_at) WHERE status = 'SENT';

-- Who was in the at-risk band at the last alert run: the next run alerts those who entered since.
CREATE TABLE alert_at_risk_members (
    community_id text NOT NULL,
    user_id      text NOT NULL,
    PRIMARY KEY (community_id, user_id),
    FOREIGN KEY (community_id, user_id) REFERENCES member_profiles (community_id, user_id) ON DELETE CASCADE
);

-- The alert run reads recent facts of all communities by time.
CREATE INDEX tier_changes_changed_at ON tier_changes (changed_at);
CREATE INDEX naib_seatings_seated_at ON naib_seatings (seated_at);
CREATE INDEX naib_seatings_unseated_at ON naib_seatings (unseated_at) WHERE unseated_at IS NOT NULL;
