-- Secret member ballots: elections, their trustees and ceremony messages, the voter list
-- (who registered, who voted: no credential in it) kept apart from the roll of credentials
-- (no member in it), the bulletin board and the trustees' partial decryptions.
-- Portable SQL for H2 2.2 and PostgreSQL 15; keys are random UUIDs made by the application.

CREATE TABLE election (
    id              VARCHAR(36)     NOT NULL PRIMARY KEY,
    union_id        VARCHAR(36)     NOT NULL,
    chapter_id      VARCHAR(36),
    subject_kind    VARCHAR(20)     NOT NULL,
    subject_id      VARCHAR(100)    NOT NULL,
    title           VARCHAR(200)    NOT NULL,
    phase           VARCHAR(20)     NOT NULL,
    trustee_count   INTEGER         NOT NULL,
    threshold       INTEGER         NOT NULL,
    ceremony_round  INTEGER         NOT NULL,
    manifest_json   VARCHAR(100000) NOT NULL,
    context_json    VARCHAR(2000),
    opens_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    closes_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    eligible_count  BIGINT,
    board_size      BIGINT          NOT NULL,
    board_head      VARCHAR(64),
    tally_json      VARCHAR(1000000),
    result_json     VARCHAR(100000),
    report_json     VARCHAR(1000000),
    published_at    TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT          NOT NULL,
    CONSTRAINT fk_election_union FOREIGN KEY (union_id) REFERENCES trade_union (id),
    CONSTRAINT fk_election_chapter FOREIGN KEY (chapter_id) REFERENCES chapter (id),
    CONSTRAINT ck_election_trustees CHECK (threshold BETWEEN 1 AND trustee_count),
    CONSTRAINT ck_election_times CHECK (opens_at < closes_at)
);
CREATE INDEX ix_election_union ON election (union_id, created_at);
CREATE INDEX ix_election_subject ON election (subject_kind, subject_id);

CREATE TABLE election_trustee (
    id              VARCHAR(36)  NOT NULL PRIMARY KEY,
    election_id     VARCHAR(36)  NOT NULL,
    ceremony_round  INTEGER      NOT NULL,
    trustee_index   INTEGER      NOT NULL,
    member_id       VARCHAR(36)  NOT NULL,
    CONSTRAINT fk_trustee_election FOREIGN KEY (election_id) REFERENCES election (id),
    CONSTRAINT fk_trustee_member FOREIGN KEY (member_id) REFERENCES union_member (id),
    CONSTRAINT uq_trustee_index UNIQUE (election_id, ceremony_round, trustee_index),
    CONSTRAINT uq_trustee_member UNIQUE (election_id, ceremony_round, member_id)
);

CREATE TABLE election_ceremony_message (
    id              VARCHAR(36)     NOT NULL PRIMARY KEY,
    election_id     VARCHAR(36)     NOT NULL,
    ceremony_round  INTEGER         NOT NULL,
    kind            VARCHAR(20)     NOT NULL,
    sender          INTEGER         NOT NULL,
    body            VARCHAR(1000000) NOT NULL,
    verdict         VARCHAR(500),
    CONSTRAINT fk_ceremony_election FOREIGN KEY (election_id) REFERENCES election (id),
    CONSTRAINT uq_ceremony_message UNIQUE (election_id, ceremony_round, kind, sender)
);

-- Who registered and who voted. Deliberately without credential, time or board position.
CREATE TABLE election_voter (
    id              VARCHAR(36)  NOT NULL PRIMARY KEY,
    election_id     VARCHAR(36)  NOT NULL,
    member_id       VARCHAR(36)  NOT NULL,
    has_voted       BOOLEAN      NOT NULL,
    CONSTRAINT fk_voter_election FOREIGN KEY (election_id) REFERENCES election (id),
    CONSTRAINT fk_voter_member FOREIGN KEY (member_id) REFERENCES union_member (id),
    CONSTRAINT uq_voter UNIQUE (election_id, member_id)
);

-- The roll: public credentials and weights. Deliberately without member or time.
CREATE TABLE election_credential (
    id              VARCHAR(36)  NOT NULL PRIMARY KEY,
    election_id     VARCHAR(36)  NOT NULL,
    credential      VARCHAR(44)  NOT NULL,
    weight          BIGINT       NOT NULL,
    CONSTRAINT fk_credential_election FOREIGN KEY (election_id) REFERENCES election (id),
    CONSTRAINT uq_credential UNIQUE (election_id, credential),
    CONSTRAINT ck_credential_weight CHECK (weight BETWEEN 1 AND 1000000)
);

-- The bulletin board: one row per entry, the line exactly as in board.ndjson.
CREATE TABLE election_board_entry (
    id              VARCHAR(36)     NOT NULL PRIMARY KEY,
    election_id     VARCHAR(36)     NOT NULL,
    seq             BIGINT          NOT NULL,
    code            VARCHAR(43)     NOT NULL,
    state           VARCHAR(12)     NOT NULL,
    digest          VARCHAR(43)     NOT NULL,
    credential      VARCHAR(44)     NOT NULL,
    line            VARCHAR(100000) NOT NULL,
    CONSTRAINT fk_board_election FOREIGN KEY (election_id) REFERENCES election (id),
    CONSTRAINT uq_board_seq UNIQUE (election_id, seq),
    CONSTRAINT uq_board_digest UNIQUE (election_id, digest),
    CONSTRAINT uq_board_code UNIQUE (election_id, code)
);

CREATE TABLE election_decryption (
    id              VARCHAR(36)      NOT NULL PRIMARY KEY,
    election_id     VARCHAR(36)      NOT NULL,
    trustee_index   INTEGER          NOT NULL,
    body            VARCHAR(1000000) NOT NULL,
    CONSTRAINT fk_decryption_election FOREIGN KEY (election_id) REFERENCES election (id),
    CONSTRAINT uq_decryption UNIQUE (election_id, trustee_index)
);
