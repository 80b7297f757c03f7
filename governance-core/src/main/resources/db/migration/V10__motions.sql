-- Motions domain: versioned bylaws, motions with seconds, history and amendments, nominations,
-- delegate congress roll calls with certified weights, instructions and proxies, notifications.
-- Portable SQL: runs unchanged on H2 2.2 and PostgreSQL 15. Keys are random UUIDs in text form.

CREATE TABLE bylaws (
    id                       VARCHAR(36) NOT NULL PRIMARY KEY,
    -- "union:<id>" or "federation:<id>": the numbering of versions is per scope.
    scope_key                VARCHAR(50) NOT NULL,
    union_id                 VARCHAR(36),
    federation_id            VARCHAR(36) NOT NULL,
    -- NULL while proposed; 1, 2, ... once in force.
    version_number           INTEGER,
    status                   VARCHAR(20) NOT NULL,
    proposed_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    adopted_at               TIMESTAMP WITH TIME ZONE,
    adopted_by_motion_id     VARCHAR(36),
    member_quorum_percent    INTEGER     NOT NULL,
    congress_quorum_percent  INTEGER     NOT NULL,
    seconds_needed           INTEGER     NOT NULL,
    seconding_days           INTEGER     NOT NULL,
    voting_days              INTEGER     NOT NULL,
    trustees                 INTEGER     NOT NULL,
    trustee_threshold        INTEGER     NOT NULL,
    general_body             VARCHAR(20) NOT NULL,
    general_threshold        VARCHAR(20) NOT NULL,
    budget_body              VARCHAR(20) NOT NULL,
    budget_threshold         VARCHAR(20) NOT NULL,
    bylaws_body              VARCHAR(20) NOT NULL,
    bylaws_threshold         VARCHAR(20) NOT NULL,
    election_body            VARCHAR(20) NOT NULL,
    election_threshold       VARCHAR(20) NOT NULL,
    amendment_body           VARCHAR(20) NOT NULL,
    amendment_threshold      VARCHAR(20) NOT NULL,
    version                  BIGINT      NOT NULL,
    CONSTRAINT uq_bylaws_number UNIQUE (scope_key, version_number),
    CONSTRAINT fk_bylaws_union FOREIGN KEY (union_id) REFERENCES trade_union (id),
    CONSTRAINT fk_bylaws_federation FOREIGN KEY (federation_id) REFERENCES federation (id),
    CONSTRAINT ck_bylaws_status CHECK (status IN ('PROPOSED', 'IN_FORCE', 'SUPERSEDED', 'REJECTED')),
    CONSTRAINT ck_bylaws_numbered CHECK ((version_number IS NULL) = (status IN ('PROPOSED', 'REJECTED'))),
    CONSTRAINT ck_bylaws_quorum CHECK (member_quorum_percent BETWEEN 0 AND 100
        AND congress_quorum_percent BETWEEN 0 AND 100),
    CONSTRAINT ck_bylaws_trustees CHECK (trustee_threshold BETWEEN 1 AND trustees)
);
CREATE INDEX ix_bylaws_scope ON bylaws (scope_key, status);

CREATE TABLE motion (
    id                  VARCHAR(36)    NOT NULL PRIMARY KEY,
    kind                VARCHAR(20)    NOT NULL,
    scope               VARCHAR(20)    NOT NULL,
    federation_id       VARCHAR(36)    NOT NULL,
    union_id            VARCHAR(36),
    chapter_id          VARCHAR(36),
    parent_id           VARCHAR(36),
    title               VARCHAR(200)   NOT NULL,
    body                VARCHAR(10000) NOT NULL,
    proposer_id         VARCHAR(36)    NOT NULL,
    status              VARCHAR(24)    NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_at        TIMESTAMP WITH TIME ZONE,
    bylaws_id           VARCHAR(36),
    bylaws_number       INTEGER,
    decided_by          VARCHAR(20),
    seconds_needed      INTEGER,
    seconds_due         TIMESTAMP WITH TIME ZONE,
    voting_opens        TIMESTAMP WITH TIME ZONE,
    voting_closes       TIMESTAMP WITH TIME ZONE,
    election_id         VARCHAR(36),
    proposed_bylaws_id  VARCHAR(36),
    election_method     VARCHAR(20),
    office_seats        INTEGER,
    result_for          BIGINT,
    result_against      BIGINT,
    result_abstain      BIGINT,
    result_eligible     BIGINT,
    quorum_met          BOOLEAN,
    decision_note       VARCHAR(500),
    version             BIGINT         NOT NULL,
    CONSTRAINT fk_motion_federation FOREIGN KEY (federation_id) REFERENCES federation (id),
    CONSTRAINT fk_motion_union FOREIGN KEY (union_id) REFERENCES trade_union (id),
    CONSTRAINT fk_motion_chapter FOREIGN KEY (chapter_id) REFERENCES chapter (id),
    CONSTRAINT fk_motion_parent FOREIGN KEY (parent_id) REFERENCES motion (id),
    CONSTRAINT fk_motion_proposer FOREIGN KEY (proposer_id) REFERENCES union_member (id),
    CONSTRAINT fk_motion_bylaws FOREIGN KEY (bylaws_id) REFERENCES bylaws (id),
    CONSTRAINT fk_motion_proposed_bylaws FOREIGN KEY (proposed_bylaws_id) REFERENCES bylaws (id),
    CONSTRAINT ck_motion_kind CHECK (kind IN ('GENERAL', 'BUDGET', 'BYLAWS_AMENDMENT', 'OFFICER_ELECTION', 'AMENDMENT')),
    CONSTRAINT ck_motion_scope CHECK (scope IN ('CHAPTER', 'UNION', 'FEDERATION')),
    CONSTRAINT ck_motion_status CHECK (status IN ('DRAFT', 'SUBMITTED', 'SECONDED', 'OPEN_FOR_AMENDMENTS',
        'SCHEDULED', 'VOTING', 'CARRIED', 'FAILED', 'WITHDRAWN', 'LAPSED')),
    CONSTRAINT ck_motion_amendment CHECK ((kind = 'AMENDMENT') = (parent_id IS NOT NULL))
);
CREATE INDEX ix_motion_union ON motion (union_id, scope, created_at);
CREATE INDEX ix_motion_chapter ON motion (chapter_id, created_at);
CREATE INDEX ix_motion_parent ON motion (parent_id);
CREATE INDEX ix_motion_status ON motion (status, voting_closes);
CREATE UNIQUE INDEX uq_motion_election ON motion (election_id);

CREATE TABLE motion_second (
    motion_id    VARCHAR(36) NOT NULL,
    position     INTEGER     NOT NULL,
    member_id    VARCHAR(36) NOT NULL,
    seconded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_motion_second PRIMARY KEY (motion_id, position),
    CONSTRAINT uq_motion_second_member UNIQUE (motion_id, member_id),
    CONSTRAINT fk_motion_second_motion FOREIGN KEY (motion_id) REFERENCES motion (id),
    CONSTRAINT fk_motion_second_member FOREIGN KEY (member_id) REFERENCES union_member (id)
);

CREATE TABLE motion_event (
    motion_id    VARCHAR(36)  NOT NULL,
    position     INTEGER      NOT NULL,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_id     VARCHAR(36),
    what         VARCHAR(500) NOT NULL,
    CONSTRAINT pk_motion_event PRIMARY KEY (motion_id, position),
    CONSTRAINT fk_motion_event_motion FOREIGN KEY (motion_id) REFERENCES motion (id)
);

CREATE TABLE nomination (
    id            VARCHAR(36)   NOT NULL PRIMARY KEY,
    motion_id     VARCHAR(36)   NOT NULL,
    nominee_id    VARCHAR(36)   NOT NULL,
    nominated_by  VARCHAR(36)   NOT NULL,
    nominated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    status        VARCHAR(20)   NOT NULL,
    statement     VARCHAR(2000) NOT NULL,
    answered_at   TIMESTAMP WITH TIME ZONE,
    version       BIGINT        NOT NULL,
    CONSTRAINT fk_nomination_motion FOREIGN KEY (motion_id) REFERENCES motion (id),
    CONSTRAINT fk_nomination_nominee FOREIGN KEY (nominee_id) REFERENCES union_member (id),
    CONSTRAINT ck_nomination_status CHECK (status IN ('AWAITING_ANSWER', 'ACCEPTED', 'DECLINED'))
);
CREATE INDEX ix_nomination_motion ON nomination (motion_id, nominated_at);
CREATE INDEX ix_nomination_nominee ON nomination (nominee_id, status);

CREATE TABLE congress_vote (
    id           VARCHAR(36) NOT NULL PRIMARY KEY,
    motion_id    VARCHAR(36) NOT NULL,
    -- NULL for a federation congress (the chapters of every union).
    union_id     VARCHAR(36),
    record_date  DATE        NOT NULL,
    session_day  DATE        NOT NULL,
    status       VARCHAR(10) NOT NULL,
    opened_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    closes_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at    TIMESTAMP WITH TIME ZONE,
    version      BIGINT      NOT NULL,
    CONSTRAINT uq_congress_vote_motion UNIQUE (motion_id),
    CONSTRAINT fk_congress_vote_motion FOREIGN KEY (motion_id) REFERENCES motion (id),
    CONSTRAINT fk_congress_vote_union FOREIGN KEY (union_id) REFERENCES trade_union (id),
    CONSTRAINT ck_congress_vote_status CHECK (status IN ('OPEN', 'CLOSED'))
);
CREATE INDEX ix_congress_vote_open ON congress_vote (status, closes_at);

-- The certified membership count of each chapter at the record date: its weight.
CREATE TABLE congress_chapter (
    vote_id            VARCHAR(36)  NOT NULL,
    position           INTEGER      NOT NULL,
    chapter_id         VARCHAR(36)  NOT NULL,
    chapter_name       VARCHAR(120) NOT NULL,
    members_certified  BIGINT       NOT NULL,
    delegates          INTEGER      NOT NULL,
    CONSTRAINT pk_congress_chapter PRIMARY KEY (vote_id, position),
    CONSTRAINT fk_congress_chapter_vote FOREIGN KEY (vote_id) REFERENCES congress_vote (id),
    CONSTRAINT ck_congress_chapter_count CHECK (members_certified >= 0)
);

CREATE TABLE congress_seat (
    vote_id     VARCHAR(36) NOT NULL,
    position    INTEGER     NOT NULL,
    member_id   VARCHAR(36) NOT NULL,
    chapter_id  VARCHAR(36) NOT NULL,
    weight      BIGINT      NOT NULL,
    CONSTRAINT pk_congress_seat PRIMARY KEY (vote_id, position),
    CONSTRAINT uq_congress_seat_member UNIQUE (vote_id, member_id),
    CONSTRAINT fk_congress_seat_vote FOREIGN KEY (vote_id) REFERENCES congress_vote (id),
    CONSTRAINT ck_congress_seat_weight CHECK (weight >= 0)
);

CREATE TABLE congress_instruction (
    vote_id      VARCHAR(36) NOT NULL,
    position     INTEGER     NOT NULL,
    chapter_id   VARCHAR(36) NOT NULL,
    instruction  VARCHAR(10) NOT NULL,
    set_by       VARCHAR(36) NOT NULL,
    set_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_congress_instruction_vote FOREIGN KEY (vote_id) REFERENCES congress_vote (id),
    CONSTRAINT ck_congress_instruction CHECK (instruction IN ('FOR', 'AGAINST', 'ABSTAIN', 'FREE'))
);
CREATE INDEX ix_congress_instruction_vote ON congress_instruction (vote_id, position);

-- The public roll call. A proxy line overridden by the giver's own vote stays, marked.
CREATE TABLE congress_ballot (
    vote_id     VARCHAR(36) NOT NULL,
    position    INTEGER     NOT NULL,
    voter_id    VARCHAR(36) NOT NULL,
    seat_of     VARCHAR(36) NOT NULL,
    chapter_id  VARCHAR(36) NOT NULL,
    choice      VARCHAR(10) NOT NULL,
    weight      BIGINT      NOT NULL,
    proxy_id    VARCHAR(36),
    cast_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    overridden  BOOLEAN     NOT NULL,
    CONSTRAINT fk_congress_ballot_vote FOREIGN KEY (vote_id) REFERENCES congress_vote (id),
    CONSTRAINT ck_congress_ballot_choice CHECK (choice IN ('FOR', 'AGAINST', 'ABSTAIN')),
    CONSTRAINT ck_congress_ballot_weight CHECK (weight > 0)
);
CREATE INDEX ix_congress_ballot_vote ON congress_ballot (vote_id, position);

CREATE TABLE congress_proxy (
    id           VARCHAR(36) NOT NULL PRIMARY KEY,
    union_id     VARCHAR(36) NOT NULL,
    giver_id     VARCHAR(36) NOT NULL,
    holder_id    VARCHAR(36) NOT NULL,
    scope        VARCHAR(10) NOT NULL,
    motion_id    VARCHAR(36),
    session_day  DATE,
    given_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at   TIMESTAMP WITH TIME ZONE,
    version      BIGINT      NOT NULL,
    CONSTRAINT fk_congress_proxy_union FOREIGN KEY (union_id) REFERENCES trade_union (id),
    CONSTRAINT fk_congress_proxy_giver FOREIGN KEY (giver_id) REFERENCES union_member (id),
    CONSTRAINT fk_congress_proxy_holder FOREIGN KEY (holder_id) REFERENCES union_member (id),
    CONSTRAINT fk_congress_proxy_motion FOREIGN KEY (motion_id) REFERENCES motion (id),
    CONSTRAINT ck_congress_proxy_scope CHECK ((scope = 'ONE_VOTE' AND motion_id IS NOT NULL AND session_day IS NULL)
        OR (scope = 'SESSION' AND motion_id IS NULL AND session_day IS NOT NULL)),
    CONSTRAINT ck_congress_proxy_self CHECK (giver_id <> holder_id)
);
CREATE INDEX ix_congress_proxy_union ON congress_proxy (union_id, revoked_at);
CREATE INDEX ix_congress_proxy_giver ON congress_proxy (giver_id);
CREATE INDEX ix_congress_proxy_holder ON congress_proxy (holder_id);

CREATE TABLE notification (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    member_id   VARCHAR(36)  NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    motion_id   VARCHAR(36)  NOT NULL,
    message     VARCHAR(300) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT fk_notification_member FOREIGN KEY (member_id) REFERENCES union_member (id),
    CONSTRAINT fk_notification_motion FOREIGN KEY (motion_id) REFERENCES motion (id),
    CONSTRAINT ck_notification_kind CHECK (kind IN ('SECONDS_NEEDED', 'VOTE_OPENED', 'QUORUM_AT_RISK',
        'RESULT_PUBLISHED', 'NOMINATED'))
);
CREATE INDEX ix_notification_member ON notification (member_id, created_at);
CREATE INDEX ix_notification_motion ON notification (motion_id, kind);
