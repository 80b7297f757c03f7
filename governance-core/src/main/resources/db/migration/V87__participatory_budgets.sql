-- Participatory budgets (docs/ledger.md, "Participatory budgets"): the members share a fund's
-- budget among competing grant requests by a secret approval ballot. A request in a budget is
-- "with the members" without a motion; one funded by it is paid without a reservation of its own.
-- Portable SQL for H2 2.2 and PostgreSQL 15.

CREATE TABLE budget_round (
    id               VARCHAR(36)   NOT NULL PRIMARY KEY,
    union_id         VARCHAR(36)   NOT NULL,
    title            VARCHAR(120)  NOT NULL,
    fund             VARCHAR(120)  NOT NULL,
    fund_account_id  VARCHAR(36)   NOT NULL,
    budget           BIGINT        NOT NULL,
    currency         CHAR(3)       NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    election_id      VARCHAR(36),
    voting_opens     TIMESTAMP WITH TIME ZONE NOT NULL,
    voting_closes    TIMESTAMP WITH TIME ZONE NOT NULL,
    ballots          BIGINT,
    note             VARCHAR(2000) NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at        TIMESTAMP WITH TIME ZONE,
    version          BIGINT        NOT NULL,
    CONSTRAINT ck_budget_round_status CHECK (status IN ('VOTING', 'FUNDED', 'CANCELLED')),
    CONSTRAINT ck_budget_round_budget CHECK (budget > 0),
    CONSTRAINT ck_budget_round_period CHECK (voting_closes > voting_opens),
    CONSTRAINT fk_budget_round_union FOREIGN KEY (union_id) REFERENCES trade_union (id),
    CONSTRAINT fk_budget_round_fund FOREIGN KEY (fund_account_id) REFERENCES ledger_account (id),
    CONSTRAINT fk_budget_round_election FOREIGN KEY (election_id) REFERENCES election (id)
);
CREATE INDEX ix_budget_round_union ON budget_round (union_id, created_at);
CREATE INDEX ix_budget_round_status ON budget_round (status);

CREATE TABLE budget_entry (
    round_id    VARCHAR(36)  NOT NULL,
    position    INT          NOT NULL,
    request_id  VARCHAR(36)  NOT NULL,
    title       VARCHAR(120) NOT NULL,
    cost        BIGINT       NOT NULL,
    approvals   BIGINT,
    funded      BOOLEAN,
    reason      VARCHAR(500) NOT NULL,
    CONSTRAINT pk_budget_entry PRIMARY KEY (round_id, position),
    CONSTRAINT uq_budget_entry_request UNIQUE (round_id, request_id),
    CONSTRAINT ck_budget_entry_cost CHECK (cost > 0),
    CONSTRAINT fk_budget_entry_round FOREIGN KEY (round_id) REFERENCES budget_round (id),
    CONSTRAINT fk_budget_entry_request FOREIGN KEY (request_id) REFERENCES grant_request (id)
);

ALTER TABLE grant_request ADD COLUMN budget_round_id VARCHAR(36);
ALTER TABLE grant_request ADD CONSTRAINT fk_grant_request_budget_round FOREIGN KEY (budget_round_id)
    REFERENCES budget_round (id);
ALTER TABLE grant_request DROP CONSTRAINT ck_grant_request_approved;
ALTER TABLE grant_request DROP CONSTRAINT ck_grant_request_with_members;
ALTER TABLE grant_request ADD CONSTRAINT ck_grant_request_approved CHECK (status NOT IN ('WITH_MEMBERS', 'APPROVED', 'PAID')
    OR (payee_account_id IS NOT NULL AND (reserved_until IS NOT NULL OR motion_id IS NOT NULL
        OR budget_round_id IS NOT NULL))
    OR (status = 'WITH_MEMBERS' AND budget_round_id IS NOT NULL));
ALTER TABLE grant_request ADD CONSTRAINT ck_grant_request_with_members CHECK (status <> 'WITH_MEMBERS'
    OR motion_id IS NOT NULL OR budget_round_id IS NOT NULL);

-- A notification may now be about a participatory budget (its trustees are asked to the key ceremony).
ALTER TABLE notification ADD COLUMN budget_round_id VARCHAR(36);
ALTER TABLE notification ADD CONSTRAINT fk_notification_budget_round FOREIGN KEY (budget_round_id)
    REFERENCES budget_round (id);
ALTER TABLE notification DROP CONSTRAINT ck_notification_subject;
ALTER TABLE notification ADD CONSTRAINT ck_notification_subject CHECK (
    (CASE WHEN motion_id IS NULL THEN 0 ELSE 1 END) + (CASE WHEN grant_request_id IS NULL THEN 0 ELSE 1 END)
    + (CASE WHEN budget_round_id IS NULL THEN 0 ELSE 1 END) = 1);
CREATE INDEX ix_notification_budget_round ON notification (budget_round_id);
