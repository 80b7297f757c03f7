-- Federation over ActivityPub (docs/federation.md): the keys of this installation's actors, the
-- followers of each union, the activities received (by id, so that one arriving twice is applied
-- once), the deliveries still to make or made (one row per activity and recipient inbox, retried
-- with back-off), what signature style each peer answered to, and which public announcements of a
-- union were already turned into posts. Portable SQL for H2 2.2 and PostgreSQL 15.

-- One row per actor: 'instance' (the Application actor) or a union's id. The private keys stay in
-- the database (a backup of it holds them, as it holds the installation's ledger key).
CREATE TABLE federation_actor_key (
    actor_name          VARCHAR(80)    NOT NULL PRIMARY KEY,
    rsa_public_pem      VARCHAR(1000)  NOT NULL,
    rsa_private_pem     VARCHAR(4000)  NOT NULL,
    ed25519_public_pem  VARCHAR(300)   NOT NULL,
    ed25519_private_pem VARCHAR(300)   NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE federation_follower (
    id                  VARCHAR(36)    NOT NULL PRIMARY KEY,
    union_id            VARCHAR(36)    NOT NULL,
    actor_uri           VARCHAR(2000)  NOT NULL,
    actor_key           CHAR(64)       NOT NULL,
    inbox_uri           VARCHAR(2000)  NOT NULL,
    shared_inbox_uri    VARCHAR(2000),
    follow_id           VARCHAR(2000)  NOT NULL,
    followed_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_follower UNIQUE (union_id, actor_key),
    CONSTRAINT fk_follower_union FOREIGN KEY (union_id) REFERENCES trade_union (id)
);

-- activity_key is the SHA-256 (hex) of the activity id: ids may be long, the key stays short.
CREATE TABLE federation_received (
    activity_key        CHAR(64)       NOT NULL PRIMARY KEY,
    activity_id         VARCHAR(2000)  NOT NULL,
    activity_type       VARCHAR(40)    NOT NULL,
    actor_uri           VARCHAR(2000)  NOT NULL,
    received_at         TIMESTAMP WITH TIME ZONE NOT NULL
);

-- delivery_key is the SHA-256 (hex) of the activity id and the inbox: one delivery per pair.
CREATE TABLE federation_delivery (
    id                  VARCHAR(36)    NOT NULL PRIMARY KEY,
    delivery_key        CHAR(64)       NOT NULL,
    activity_id         VARCHAR(2000)  NOT NULL,
    inbox_uri           VARCHAR(2000)  NOT NULL,
    sender              VARCHAR(80)    NOT NULL,
    body                VARCHAR(1048576) NOT NULL,
    status              VARCHAR(16)    NOT NULL,
    attempts            INTEGER        NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    next_attempt_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at         TIMESTAMP WITH TIME ZONE,
    last_failure        VARCHAR(500),
    version             BIGINT         NOT NULL,
    CONSTRAINT uq_delivery UNIQUE (delivery_key),
    CONSTRAINT ck_delivery_status CHECK (status IN ('PENDING', 'DELIVERED', 'GIVEN_UP')),
    CONSTRAINT ck_delivery_finished CHECK ((status = 'PENDING') = (finished_at IS NULL))
);
CREATE INDEX ix_delivery_due ON federation_delivery (status, next_attempt_at);

-- The signature style a peer (by host) last accepted: the double knock is tried once per peer.
CREATE TABLE federation_peer (
    host                VARCHAR(255)   NOT NULL PRIMARY KEY,
    signature_style     VARCHAR(16)    NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_peer_style CHECK (signature_style IN ('CAVAGE_12', 'RFC_9421'))
);

-- A public announcement (a vote opened, a result published) is posted once: subject is the
-- motion's or election's id.
CREATE TABLE federation_announcement (
    subject_id          VARCHAR(36)    NOT NULL,
    kind                VARCHAR(20)    NOT NULL,
    union_id            VARCHAR(36)    NOT NULL,
    activity_id         VARCHAR(2000)  NOT NULL,
    announced_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_announcement PRIMARY KEY (subject_id, kind),
    CONSTRAINT ck_announcement_kind CHECK (kind IN ('VOTE_OPENED', 'RESULT_PUBLISHED'))
);

INSERT INTO timer_lease (name, holder, expires_at) VALUES ('federation', '', TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00');
