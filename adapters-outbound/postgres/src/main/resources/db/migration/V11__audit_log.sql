-- Tiergate schema v11: the audit log, one row per request to the admin API (refused ones included) and
-- per API-key command: who (actor_key_id: an API key id, 'anonymous' when the request did not
-- authenticate, 'cli' for the command line), what (the route's method and template), on which target
-- (its path variables), from where, when, and the outcome as an HTTP status. Rows are only ever added.
CREATE TABLE audit_log (
    id             bigserial   PRIMARY KEY,
    at             timestamptz NOT NULL,
    actor_key_id   text        NOT NULL
                   CHECK (actor_key_id IN ('anonymous', 'cli') OR actor_key_id ~ '^[0-9A-Za-z]{8}$'),
    action         text        NOT NULL CHECK (length(action) BETWEEN 1 AND 200),
    target         text        NOT NULL CHECK (length(target) <= 500),
    source_address text        NOT NULL CHECK (length(source_address) BETWEEN 1 AND 64),
    outcome        integer     NOT NULL CHECK (outcome BETWEEN 100 AND 599)
);

-- Pages are read newest first by keyset on (at, id), over everything or one actor's rows; a time range
-- bounds the same scan.
CREATE INDEX audit_log_at ON audit_log (at, id);
CREATE INDEX audit_log_actor_at ON audit_log (actor_key_id, at, id);
