-- The city hub's schema, version 1. Applied once, in order, by hub/db.py (migrate).

-- A center (one building, one desk PC enrolled at a time or several).
CREATE TABLE center (
    id             uuid PRIMARY KEY,
    name           text NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now(),
    last_seq       bigint NOT NULL DEFAULT 0,      -- highest outbox seq acknowledged
    last_upload_at timestamptz,
    last_feed_at   timestamptz
);

-- One-time codes an administrator hands to a center; stored hashed, single use.
CREATE TABLE enrollment_code (
    code_hash  bytea PRIMARY KEY,
    center_id  uuid NOT NULL REFERENCES center (id),
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    used_at    timestamptz,
    device_id  uuid
);

CREATE TABLE device (
    id           uuid PRIMARY KEY,
    center_id    uuid NOT NULL REFERENCES center (id),
    public_key   bytea NOT NULL,                  -- Ed25519, 32 bytes
    name         text NOT NULL DEFAULT '',
    enrolled_at  timestamptz NOT NULL DEFAULT now(),
    revoked_at   timestamptz,
    protocol     integer NOT NULL DEFAULT 0,
    last_seen_at timestamptz
);

CREATE TABLE challenge (
    nonce      text PRIMARY KEY,
    device_id  uuid NOT NULL REFERENCES device (id),
    expires_at timestamptz NOT NULL
);

-- The hub's own Ed25519 keys: they sign access tokens (and desks learn them at enrollment).
CREATE TABLE hub_key (
    key_id      integer PRIMARY KEY,
    private_key bytea NOT NULL,
    public_key  bytea NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    retired_at  timestamptz
);

-- Facts from the desks. The desk makes the id; (center_id, event_id) makes a re-sent
-- event a no-op. The center comes from the access token, never from the payload.
CREATE TABLE event (
    center_id   uuid NOT NULL REFERENCES center (id),
    event_id    text NOT NULL,
    seq         bigint NOT NULL,
    kind        text NOT NULL,
    payload     jsonb NOT NULL,
    created_at  timestamptz NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (center_id, event_id)
);
CREATE INDEX event_center_kind ON event (center_id, kind, created_at);

-- Events the hub could not accept, with the reason; acknowledged, never blocking.
CREATE TABLE parked_event (
    center_id  uuid NOT NULL REFERENCES center (id),
    event_id   text NOT NULL,
    seq        bigint NOT NULL,
    kind       text NOT NULL,
    payload    text NOT NULL,
    created_at text NOT NULL,
    reason     text NOT NULL,
    parked_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (center_id, event_id)
);

-- Kinds an administrator registered after the hub was built (the fix for parked events
-- of a kind this hub did not know), with the payload fields each must have.
CREATE TABLE accepted_kind (
    kind     text PRIMARY KEY,
    required text[] NOT NULL DEFAULT '{}',
    added_at timestamptz NOT NULL DEFAULT now()
);

-- The download feed: what the city authors. A reader only sees rows of transactions
-- older than every transaction still running (txid < pg_snapshot_xmin), ordered by
-- (txid, pos), so a row can never appear behind a cursor (docs/SYNC.md).
CREATE TABLE feed (
    txid       xid8 NOT NULL DEFAULT pg_current_xact_id(),
    pos        bigserial,
    center_id  uuid REFERENCES center (id),      -- NULL: for every center
    kind       text NOT NULL,
    key        text NOT NULL,
    payload    jsonb NOT NULL DEFAULT '{}',
    deleted    boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (txid, pos)
);
CREATE INDEX feed_item ON feed (kind, key, txid, pos);

-- The newest position removed by a trim: a cursor before it gets a snapshot instead.
CREATE TABLE feed_horizon (
    id   integer PRIMARY KEY CHECK (id = 1),
    txid xid8 NOT NULL,
    pos  bigint NOT NULL
);
