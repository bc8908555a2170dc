-- Tiergate schema v6: the audit of data deletions, one row per deletion of a member's data. The
-- deleted member is known here only by a one-way hash of its community and user id (hex SHA-256 of
-- '<community id>:<user id>'): whoever holds both ids can check that the deletion happened, the row
-- alone does not give the id back.
CREATE TABLE data_deletions (
    id           bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    community_id text        NOT NULL REFERENCES communities (id),
    member_hash  text        NOT NULL CHECK (member_hash ~ '^[0-9a-f]{64}$'),
    -- Who asked: the acting admin's user id, 'member' (the member itself), or 'erased' once the data
    -- of the admin who asked was deleted in turn.
    actor        text        NOT NULL CHECK (actor IN ('member', 'erased') OR actor ~ '^[1-9][0-9]{16,19}$'),
    deleted_at   timestamptz NOT NULL,
    -- Rows deleted per kind of record, e.g. {"member_profiles": 1, "badge_awards": 3}.
    deleted_rows jsonb       NOT NULL CHECK (jsonb_typeof(deleted_rows) = 'object')
);

CREATE INDEX data_deletions_member ON data_deletions (community_id, member_hash);
