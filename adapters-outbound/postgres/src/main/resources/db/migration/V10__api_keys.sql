-- Tiergate schema v10: the admin API's keys. A key (tg_<id>_<secret>) is kept only as the HMAC-SHA256 of
-- the whole key under the server's pepper (ADMIN_API_KEY_PEPPER), found by its id, the part of the key
-- that is not secret. Several keys may be usable at once (rotation); a key is revoked, never deleted, so
-- the audit log's actors always name a key that exists.
CREATE TABLE api_keys (
    -- Byte order ("C"), so the keyset pages of the list follow the ids' characters, whatever the locale.
    id         text COLLATE "C" PRIMARY KEY CHECK (id ~ '^[0-9A-Za-z]{8}$'),
    name       text        NOT NULL CHECK (length(name) BETWEEN 1 AND 64),
    scope      text        NOT NULL CHECK (scope IN ('read', 'write', 'admin')),
    key_hash   bytea       NOT NULL CHECK (length(key_hash) = 32),
    created_at timestamptz NOT NULL,
    expires_at timestamptz CHECK (expires_at > created_at),
    revoked_at timestamptz CHECK (revoked_at >= created_at)
);
