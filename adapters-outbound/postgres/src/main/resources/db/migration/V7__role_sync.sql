-- Tiergate schema v7: role sync. Members' recorded Discord roles are reconciled with their tier's role;
-- Discord's final refusals are kept for the community's admins.

-- One row per member and role: the latest final refusal of a change of that role. The sync leaves the
-- change alone while the member's roles are recorded as of roles_as_of (a newer member.update, or an
-- admin's re-sync, which deletes the community's rows, tries it again).
CREATE TABLE role_sync_failures (
    community_id text        NOT NULL,
    user_id      text        NOT NULL,
    role_id      text        NOT NULL CHECK (role_id ~ '^[1-9][0-9]{16,19}$'),
    reason       text        NOT NULL CHECK (reason IN ('FORBIDDEN', 'NOT_FOUND', 'REJECTED')),
    detail       text        NOT NULL CHECK (length(detail) <= 500),
    failed_at    timestamptz NOT NULL,
    roles_as_of  timestamptz NOT NULL,
    PRIMARY KEY (community_id, user_id, role_id),
    FOREIGN KEY (community_id, user_id) REFERENCES member_profiles (community_id, user_id) ON DELETE CASCADE
);

CREATE INDEX role_sync_failures_recent ON role_sync_failures (community_id, failed_at DESC);

-- The members role sync looks at (present, roles recorded), in user id order for keyset pages.
CREATE INDEX member_profiles_role_sync ON member_profiles (community_id, user_id)
    WHERE discord_role_ids IS NOT NULL AND left_at IS NULL;
