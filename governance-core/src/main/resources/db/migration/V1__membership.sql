-- Membership domain: federation, unions, chapters, members, memberships, join requests,
-- mandates, instances, sign-in accounts and the audit trail.
-- Portable SQL: runs unchanged on H2 2.2 and PostgreSQL 15. Keys are random UUIDs in text form
-- (made by the application), never IDENTITY columns.

CREATE TABLE federation (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    slug        VARCHAR(60)  NOT NULL,
    name        VARCHAR(120) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_federation_slug UNIQUE (slug)
);

CREATE TABLE trade_union (
    id             VARCHAR(36)   NOT NULL PRIMARY KEY,
    federation_id  VARCHAR(36)   NOT NULL,
    slug           VARCHAR(60)   NOT NULL,
    name           VARCHAR(120)  NOT NULL,
    description    VARCHAR(1000) NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT        NOT NULL,
    CONSTRAINT uq_union_slug UNIQUE (slug),
    CONSTRAINT fk_union_federation FOREIGN KEY (federation_id) REFERENCES federation (id)
);

CREATE TABLE chapter (
    id              VARCHAR(36)   NOT NULL PRIMARY KEY,
    union_id        VARCHAR(36)   NOT NULL,
    slug            VARCHAR(60)   NOT NULL,
    name            VARCHAR(120)  NOT NULL,
    description     VARCHAR(1000) NOT NULL,
    delegate_seats  INTEGER       NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT        NOT NULL,
    CONSTRAINT uq_chapter_slug UNIQUE (slug),
    CONSTRAINT fk_chapter_union FOREIGN KEY (union_id) REFERENCES trade_union (id),
    CONSTRAINT ck_chapter_seats CHECK (delegate_seats BETWEEN 1 AND 100)
);
CREATE INDEX ix_chapter_union ON chapter (union_id, name);

CREATE TABLE union_member (
    id                  VARCHAR(36)  NOT NULL PRIMARY KEY,
    display_name        VARCHAR(80)  NOT NULL,
    sort_name           VARCHAR(80)  NOT NULL,
    email               VARCHAR(254) NOT NULL,
    preferred_language  VARCHAR(6)   NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT       NOT NULL,
    CONSTRAINT uq_member_email UNIQUE (email)
);
CREATE INDEX ix_member_sort_name ON union_member (sort_name, id);

CREATE TABLE sign_in_account (
    member_id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    password_hash        VARCHAR(255) NOT NULL,
    password_changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version              BIGINT       NOT NULL,
    CONSTRAINT fk_account_member FOREIGN KEY (member_id) REFERENCES union_member (id)
);

CREATE TABLE membership (
    id          VARCHAR(36) NOT NULL PRIMARY KEY,
    member_id   VARCHAR(36) NOT NULL,
    chapter_id  VARCHAR(36) NOT NULL,
    union_id    VARCHAR(36) NOT NULL,
    status      VARCHAR(20) NOT NULL,
    joined_on   DATE        NOT NULL,
    version     BIGINT      NOT NULL,
    CONSTRAINT uq_membership_member_chapter UNIQUE (member_id, chapter_id),
    CONSTRAINT fk_membership_member FOREIGN KEY (member_id) REFERENCES union_member (id),
    CONSTRAINT fk_membership_chapter FOREIGN KEY (chapter_id) REFERENCES chapter (id),
    CONSTRAINT fk_membership_union FOREIGN KEY (union_id) REFERENCES trade_union (id),
    CONSTRAINT ck_membership_status CHECK (status IN ('ACTIVE', 'LAPSED', 'SUSPENDED', 'LEFT'))
);
CREATE INDEX ix_membership_chapter_status ON membership (chapter_id, status, member_id);
CREATE INDEX ix_membership_union_member ON membership (union_id, member_id, status);

CREATE TABLE membership_status_change (
    membership_id  VARCHAR(36)  NOT NULL,
    position       INTEGER      NOT NULL,
    status         VARCHAR(20)  NOT NULL,
    changed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    reason         VARCHAR(500) NOT NULL,
    changed_by     VARCHAR(36),
    CONSTRAINT pk_membership_status_change PRIMARY KEY (membership_id, position),
    CONSTRAINT fk_status_change_membership FOREIGN KEY (membership_id) REFERENCES membership (id)
);

CREATE TABLE join_request (
    id               VARCHAR(36)   NOT NULL PRIMARY KEY,
    member_id        VARCHAR(36)   NOT NULL,
    chapter_id       VARCHAR(36)   NOT NULL,
    union_id         VARCHAR(36)   NOT NULL,
    note             VARCHAR(1000) NOT NULL,
    requested_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    -- "member/chapter" while pending, NULL once decided: at most one pending request per pair.
    pending_key      VARCHAR(73),
    decided_at       TIMESTAMP WITH TIME ZONE,
    decided_by       VARCHAR(36),
    decision_reason  VARCHAR(500),
    version          BIGINT        NOT NULL,
    CONSTRAINT uq_join_request_pending UNIQUE (pending_key),
    CONSTRAINT fk_join_request_member FOREIGN KEY (member_id) REFERENCES union_member (id),
    CONSTRAINT fk_join_request_chapter FOREIGN KEY (chapter_id) REFERENCES chapter (id),
    CONSTRAINT ck_join_request_status CHECK (status IN ('PENDING', 'ADMITTED', 'DECLINED')),
    CONSTRAINT ck_join_request_pending CHECK ((status = 'PENDING') = (pending_key IS NOT NULL))
);
CREATE INDEX ix_join_request_chapter ON join_request (chapter_id, status, requested_at);
CREATE INDEX ix_join_request_member ON join_request (member_id, status);

CREATE TABLE mandate (
    id           VARCHAR(36)  NOT NULL PRIMARY KEY,
    role         VARCHAR(20)  NOT NULL,
    member_id    VARCHAR(36)  NOT NULL,
    union_id     VARCHAR(36)  NOT NULL,
    chapter_id   VARCHAR(36),
    term_start   DATE         NOT NULL,
    term_end     DATE         NOT NULL,
    ended_on     DATE,
    end_reason   VARCHAR(500),
    assigned_by  VARCHAR(36),
    assigned_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version      BIGINT       NOT NULL,
    CONSTRAINT fk_mandate_member FOREIGN KEY (member_id) REFERENCES union_member (id),
    CONSTRAINT fk_mandate_union FOREIGN KEY (union_id) REFERENCES trade_union (id),
    CONSTRAINT fk_mandate_chapter FOREIGN KEY (chapter_id) REFERENCES chapter (id),
    CONSTRAINT ck_mandate_role CHECK (role IN ('DELEGATE', 'STEWARD', 'TREASURER', 'TRUSTEE')),
    CONSTRAINT ck_mandate_term CHECK (term_end >= term_start),
    CONSTRAINT ck_mandate_delegate_chapter CHECK (role <> 'DELEGATE' OR chapter_id IS NOT NULL),
    CONSTRAINT ck_mandate_trustee_union CHECK (role <> 'TRUSTEE' OR chapter_id IS NULL),
    CONSTRAINT ck_mandate_ended CHECK ((ended_on IS NULL) = (end_reason IS NULL))
);
CREATE INDEX ix_mandate_chapter ON mandate (chapter_id, role);
CREATE INDEX ix_mandate_union ON mandate (union_id, role);
CREATE INDEX ix_mandate_member ON mandate (member_id);

CREATE TABLE instance (
    id        VARCHAR(36)  NOT NULL PRIMARY KEY,
    union_id  VARCHAR(36)  NOT NULL,
    host      VARCHAR(253) NOT NULL,
    name      VARCHAR(120) NOT NULL,
    version   BIGINT       NOT NULL,
    CONSTRAINT uq_instance_union_host UNIQUE (union_id, host),
    CONSTRAINT fk_instance_union FOREIGN KEY (union_id) REFERENCES trade_union (id)
);

CREATE TABLE instance_team_contact (
    instance_id  VARCHAR(36)  NOT NULL,
    position     INTEGER      NOT NULL,
    name         VARCHAR(80)  NOT NULL,
    handle       VARCHAR(320) NOT NULL,
    role         VARCHAR(60)  NOT NULL,
    CONSTRAINT pk_instance_team_contact PRIMARY KEY (instance_id, position),
    CONSTRAINT fk_team_contact_instance FOREIGN KEY (instance_id) REFERENCES instance (id)
);

CREATE TABLE audit_entry (
    id           VARCHAR(36)  NOT NULL PRIMARY KEY,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_id     VARCHAR(36),
    action       VARCHAR(40)  NOT NULL,
    subject_id   VARCHAR(36),
    union_id     VARCHAR(36)  NOT NULL,
    chapter_id   VARCHAR(36),
    reason       VARCHAR(500) NOT NULL,
    detail       VARCHAR(300) NOT NULL,
    CONSTRAINT fk_audit_union FOREIGN KEY (union_id) REFERENCES trade_union (id),
    CONSTRAINT fk_audit_chapter FOREIGN KEY (chapter_id) REFERENCES chapter (id)
);
CREATE INDEX ix_audit_union ON audit_entry (union_id, occurred_at);
CREATE INDEX ix_audit_chapter ON audit_entry (chapter_id, occurred_at);
