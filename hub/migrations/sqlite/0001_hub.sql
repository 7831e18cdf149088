-- The city hub's schema, version 1, for the SQLite trial hub (hub/sqlite.py). The same
-- tables as ../0001_hub.sql; types as SQLite keeps them: ids as text, moments as UTC text
-- declared timestamptz, JSON as text declared jsonb (both read back converted).

CREATE TABLE center (
    id             text PRIMARY KEY,
    name           text NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT (now()),
    last_seq       integer NOT NULL DEFAULT 0,
    last_upload_at timestamptz,
    last_feed_at   timestamptz
);

CREATE TABLE enrollment_code (
    code_hash  blob PRIMARY KEY,
    center_id  text NOT NULL REFERENCES center (id),
    created_at timestamptz NOT NULL DEFAULT (now()),
    expires_at timestamptz NOT NULL,
    used_at    timestamptz,
    device_id  text
);

CREATE TABLE device (
    id           text PRIMARY KEY,
    center_id    text NOT NULL REFERENCES center (id),
    public_key   blob NOT NULL,
    name         text NOT NULL DEFAULT '',
    enrolled_at  timestamptz NOT NULL DEFAULT (now()),
    revoked_at   timestamptz,
    protocol     integer NOT NULL DEFAULT 0,
    last_seen_at timestamptz
);

CREATE TABLE challenge (
    nonce      text PRIMARY KEY,
    device_id  text NOT NULL REFERENCES device (id),
    expires_at timestamptz NOT NULL
);

CREATE TABLE hub_key (
    key_id      integer PRIMARY KEY,
    private_key blob NOT NULL,
    public_key  blob NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT (now()),
    retired_at  timestamptz
);

CREATE TABLE event (
    center_id   text NOT NULL REFERENCES center (id),
    event_id    text NOT NULL,
    seq         integer NOT NULL,
    kind        text NOT NULL,
    payload     jsonb NOT NULL,
    created_at  timestamptz NOT NULL,
    received_at timestamptz NOT NULL DEFAULT (now()),
    PRIMARY KEY (center_id, event_id)
) WITHOUT ROWID;
CREATE INDEX event_center_kind ON event (center_id, kind, created_at);

CREATE TABLE parked_event (
    center_id  text NOT NULL REFERENCES center (id),
    event_id   text NOT NULL,
    seq        integer NOT NULL,
    kind       text NOT NULL,
    payload    text NOT NULL,
    created_at text NOT NULL,
    reason     text NOT NULL,
    parked_at  timestamptz NOT NULL DEFAULT (now()),
    PRIMARY KEY (center_id, event_id)
);

CREATE TABLE accepted_kind (
    kind     text PRIMARY KEY,
    required textarray NOT NULL DEFAULT '[]',
    added_at timestamptz NOT NULL DEFAULT (now())
);

-- The download feed. SQLite has one writer at a time, so a row's pos is taken and
-- committed before the next writer can take one: pos order is commit order, and txid
-- (kept so cursors read "txid:pos" on both databases) is simply the row's pos.
CREATE TABLE feed (
    pos        integer PRIMARY KEY AUTOINCREMENT,
    txid       integer GENERATED ALWAYS AS (pos) VIRTUAL,
    center_id  text REFERENCES center (id),
    kind       text NOT NULL,
    key        text NOT NULL,
    payload    jsonb NOT NULL DEFAULT '{}',
    deleted    boolean NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT (now())
);
CREATE INDEX feed_item ON feed (kind, key, pos);

CREATE TABLE feed_horizon (
    id   integer PRIMARY KEY CHECK (id = 1),
    txid integer NOT NULL,
    pos  integer NOT NULL
);
