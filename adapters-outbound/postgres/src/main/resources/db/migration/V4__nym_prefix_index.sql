-- Tiergate schema v4: nym autocomplete. Present members of a community in the byte order of their nym
-- key (text_pattern_ops, whatever the database collation), so the members whose key starts with a
-- typed prefix are one contiguous range of this index, read in order and cut off by LIMIT.
CREATE INDEX member_profiles_nym_prefix ON member_profiles (community_id, nym_key text_pattern_ops)
    WHERE left_at IS NULL;
