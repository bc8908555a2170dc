-- Tiergate schema v9: how far answering each interaction got, for the 15 minutes its token lives, so a
-- redelivery continues the work (edits the original response) instead of acknowledging it twice. Redis
-- keeps this first; these rows are its fallback while Redis is down.

CREATE TABLE interaction_progress (
    -- The interaction's snowflake: its 64 bits read as a signed bigint, so every snowflake fits.
    interaction_id bigint      PRIMARY KEY,
    -- Only ever moves forward: RESPONDING, then DEFERRED, then ANSWERED.
    progress       text        NOT NULL CHECK (progress IN ('RESPONDING', 'DEFERRED', 'ANSWERED')),
    recorded_at    timestamptz NOT NULL,
    -- Set by the claim; from then on the row counts as absent and may be claimed again or pruned.
    expires_at     timestamptz NOT NULL
);

-- The adapter prunes expired rows now and then, oldest first.
CREATE INDEX interaction_progress_expires_at ON interaction_progress (expires_at);
