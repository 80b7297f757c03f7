-- Grant requests to the treasury (docs/ledger.md, "Grant requests"): moderation labour and legal
-- aid, with their treasurers' approvals (one row per treasurer, so nobody approves twice), their
-- evidence (links, or uploaded files whose bytes sit in a table of their own), and the treasury's
-- part of the bylaws. Notifications may now be about a grant request instead of a motion.
-- Portable SQL for H2 2.2 and PostgreSQL 15.

ALTER TABLE bylaws ADD COLUMN grant_approvals INT DEFAULT 2 NOT NULL;
ALTER TABLE bylaws ADD COLUMN grant_single_approval_up_to BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE bylaws ADD COLUMN grant_motion_above BIGINT DEFAULT 500000 NOT NULL;
ALTER TABLE bylaws ADD COLUMN fund_page_public BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE bylaws ADD CONSTRAINT ck_bylaws_grant_approvals CHECK (grant_approvals BETWEEN 1 AND 15);
ALTER TABLE bylaws ADD CONSTRAINT ck_bylaws_grant_limits CHECK (grant_single_approval_up_to >= 0
    AND grant_motion_above >= 1 AND grant_motion_above >= grant_single_approval_up_to);

CREATE TABLE grant_request (
    id                 VARCHAR(36)   NOT NULL PRIMARY KEY,
    union_id           VARCHAR(36)   NOT NULL,
    kind               VARCHAR(20)   NOT NULL,
    requester_id       VARCHAR(36)   NOT NULL,
    instance_id        VARCHAR(36),
    title              VARCHAR(120)  NOT NULL,
    description        VARCHAR(5000) NOT NULL,
    period_from        DATE,
    period_to          DATE,
    hours_hundredths   BIGINT,
    rate               BIGINT,
    amount             BIGINT        NOT NULL,
    currency           CHAR(3)       NOT NULL,
    status             VARCHAR(20)   NOT NULL,
    approvals_needed   INT           NOT NULL,
    payee_account_id   VARCHAR(36),
    reserved_until     TIMESTAMP WITH TIME ZONE,
    motion_id          VARCHAR(36),
    note               VARCHAR(2000) NOT NULL,
    decided_by         VARCHAR(36),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_at       TIMESTAMP WITH TIME ZONE,
    approved_at        TIMESTAMP WITH TIME ZONE,
    closed_at          TIMESTAMP WITH TIME ZONE,
    version            BIGINT        NOT NULL,
    CONSTRAINT ck_grant_request_kind CHECK (kind IN ('MODERATION_LABOUR', 'LEGAL_AID')),
    CONSTRAINT ck_grant_request_status CHECK (status IN ('DRAFT', 'SUBMITTED', 'WITH_MEMBERS', 'RETURNED', 'APPROVED',
        'REJECTED', 'PAID', 'WITHDRAWN', 'EXPIRED')),
    CONSTRAINT ck_grant_request_amount CHECK (amount > 0),
    CONSTRAINT ck_grant_request_labour CHECK (kind <> 'MODERATION_LABOUR' OR (instance_id IS NOT NULL
        AND period_from IS NOT NULL AND period_to IS NOT NULL AND hours_hundredths > 0 AND rate > 0)),
    CONSTRAINT ck_grant_request_approved CHECK (status NOT IN ('WITH_MEMBERS', 'APPROVED', 'PAID')
        OR (payee_account_id IS NOT NULL AND (reserved_until IS NOT NULL OR motion_id IS NOT NULL))),
    CONSTRAINT ck_grant_request_with_members CHECK (status <> 'WITH_MEMBERS' OR motion_id IS NOT NULL),
    CONSTRAINT fk_grant_request_union FOREIGN KEY (union_id) REFERENCES trade_union (id),
    CONSTRAINT fk_grant_request_requester FOREIGN KEY (requester_id) REFERENCES union_member (id),
    CONSTRAINT fk_grant_request_instance FOREIGN KEY (instance_id) REFERENCES instance (id),
    CONSTRAINT fk_grant_request_decided_by FOREIGN KEY (decided_by) REFERENCES union_member (id),
    CONSTRAINT fk_grant_request_motion FOREIGN KEY (motion_id) REFERENCES motion (id),
    CONSTRAINT fk_grant_request_payee FOREIGN KEY (payee_account_id) REFERENCES ledger_account (id)
);
CREATE INDEX ix_grant_request_union ON grant_request (union_id, status, created_at);
CREATE INDEX ix_grant_request_requester ON grant_request (requester_id);
CREATE INDEX ix_grant_request_reserved ON grant_request (status, reserved_until);
CREATE INDEX ix_grant_request_motion ON grant_request (motion_id);

CREATE TABLE grant_approval (
    request_id   VARCHAR(36) NOT NULL,
    position     INT         NOT NULL,
    member_id    VARCHAR(36) NOT NULL,
    approved_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_grant_approval PRIMARY KEY (request_id, position),
    CONSTRAINT uq_grant_approval_member UNIQUE (request_id, member_id),
    CONSTRAINT fk_grant_approval_request FOREIGN KEY (request_id) REFERENCES grant_request (id),
    CONSTRAINT fk_grant_approval_member FOREIGN KEY (member_id) REFERENCES union_member (id)
);

CREATE TABLE grant_evidence (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    request_id  VARCHAR(36)  NOT NULL,
    label       VARCHAR(120) NOT NULL,
    link        VARCHAR(500),
    media_type  VARCHAR(40),
    size_bytes  INT,
    sha256      CHAR(64),
    added_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_grant_evidence_form CHECK ((link IS NULL) <> (media_type IS NULL)),
    CONSTRAINT ck_grant_evidence_type CHECK (media_type IS NULL OR (media_type IN ('application/pdf', 'image/png',
        'image/jpeg') AND size_bytes BETWEEN 1 AND 10485760 AND sha256 IS NOT NULL)),
    CONSTRAINT fk_grant_evidence_request FOREIGN KEY (request_id) REFERENCES grant_request (id)
);
CREATE INDEX ix_grant_evidence_request ON grant_evidence (request_id, added_at);

CREATE TABLE grant_evidence_content (
    evidence_id  VARCHAR(36) NOT NULL PRIMARY KEY,
    content      BYTEA       NOT NULL,
    CONSTRAINT fk_grant_evidence_content FOREIGN KEY (evidence_id) REFERENCES grant_evidence (id)
);

ALTER TABLE notification ALTER COLUMN motion_id DROP NOT NULL;
ALTER TABLE notification ADD COLUMN grant_request_id VARCHAR(36);
ALTER TABLE notification ADD CONSTRAINT fk_notification_grant_request FOREIGN KEY (grant_request_id)
    REFERENCES grant_request (id);
ALTER TABLE notification ADD CONSTRAINT ck_notification_subject CHECK ((motion_id IS NULL) <> (grant_request_id IS NULL));
ALTER TABLE notification DROP CONSTRAINT ck_notification_kind;
ALTER TABLE notification ADD CONSTRAINT ck_notification_kind CHECK (kind IN ('SECONDS_NEEDED', 'VOTE_OPENED',
    'QUORUM_AT_RISK', 'RESULT_PUBLISHED', 'NOMINATED', 'TRUSTEE_NEEDED', 'GRANT_TO_APPROVE', 'GRANT_TO_PAY',
    'GRANT_DECIDED'));
CREATE INDEX ix_notification_grant_request ON notification (grant_request_id);
