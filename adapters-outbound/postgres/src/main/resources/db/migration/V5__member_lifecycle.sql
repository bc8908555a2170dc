-- Tiergate schema v5: the member lifecycle. Guild and member joins and leaves are applied newest first
-- by gateway time (events arrive late, twice, or out of order), members' Discord roles are kept for
-- role sync, and members who left are found by their departure for the retention purge.

-- Gateway time of the last guild.join or guild.leave applied; an older one changes nothing.
ALTER TABLE communities ADD COLUMN presence_changed_at timestamptz;

ALTER TABLE member_profiles
    -- Gateway time of the last member.join or member.leave applied; an older one changes nothing.
    ADD COLUMN membership_changed_at timestamptz,
    -- The Discord roles the member holds (snowflakes), as of roles_updated_at (gateway time of the
    -- member.update that reported them); null until a member.update names the member.
    ADD COLUMN discord_role_ids      text[] CHECK (cardinality(discord_role_ids) <= 250),
    ADD COLUMN roles_updated_at      timestamptz,
    ADD CONSTRAINT member_profiles_roles_dated CHECK ((discord_role_ids IS NULL) = (roles_updated_at IS NULL));

-- Members who left, oldest departure first: the purge reads its batches from the start of this index.
CREATE INDEX member_profiles_left ON member_profiles (left_at) WHERE left_at IS NOT NULL;
