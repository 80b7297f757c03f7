-- Contributions to a union's treasury (docs/ledger.md, "Contributions"). The money of each
-- contribution is a posted ledger transfer (ledger_transfer); this table keeps who gave it,
-- which the ledger never names: a member, an instance or nobody (anonymous), the kind (dues or
-- a donation), the day it was received, the name the donor chose to be thanked under publicly,
-- and the pledge it pays. Only the union's treasurers and the donor read these rows. Pledges are
-- promises to give an amount every month or year into a fund; active_key is set while a pledge
-- holds, so that one giver has one active pledge per fund even when two requests race.
-- Portable SQL for H2 2.2 and PostgreSQL 15.

CREATE TABLE contribution_pledge (
    id              VARCHAR(36)  NOT NULL PRIMARY KEY,
    union_id        VARCHAR(36)  NOT NULL,
    ledger_id       VARCHAR(36)  NOT NULL,
    member_id       VARCHAR(36),
    instance_id     VARCHAR(36),
    fund_id         VARCHAR(36)  NOT NULL,
    kind            VARCHAR(16)  NOT NULL,
    amount          BIGINT       NOT NULL,
    currency        CHAR(3)      NOT NULL,
    period          VARCHAR(16)  NOT NULL,
    starts_on       DATE         NOT NULL,
    made_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    made_by         VARCHAR(36)  NOT NULL,
    cancelled_at    TIMESTAMP WITH TIME ZONE,
    active_key      VARCHAR(80),
    CONSTRAINT ck_pledge_giver CHECK ((member_id IS NULL) <> (instance_id IS NULL)),
    CONSTRAINT ck_pledge_kind CHECK (kind IN ('DUES', 'DONATION')),
    CONSTRAINT ck_pledge_dues CHECK (kind <> 'DUES' OR member_id IS NOT NULL),
    CONSTRAINT ck_pledge_period CHECK (period IN ('MONTHLY', 'YEARLY')),
    CONSTRAINT ck_pledge_amount CHECK (amount > 0),
    CONSTRAINT ck_pledge_active CHECK ((cancelled_at IS NULL) = (active_key IS NOT NULL)),
    CONSTRAINT uq_pledge_active UNIQUE (active_key),
    CONSTRAINT fk_pledge_union FOREIGN KEY (union_id) REFERENCES trade_union (id),
    CONSTRAINT fk_pledge_ledger FOREIGN KEY (ledger_id) REFERENCES ledger (id),
    CONSTRAINT fk_pledge_fund FOREIGN KEY (fund_id) REFERENCES ledger_account (id)
);
CREATE INDEX ix_pledge_union ON contribution_pledge (union_id, cancelled_at);
CREATE INDEX ix_pledge_member ON contribution_pledge (member_id);

CREATE TABLE contribution (
    transfer_id     VARCHAR(36)  NOT NULL PRIMARY KEY,
    union_id        VARCHAR(36)  NOT NULL,
    ledger_id       VARCHAR(36)  NOT NULL,
    giver           VARCHAR(16)  NOT NULL,
    member_id       VARCHAR(36),
    instance_id     VARCHAR(36),
    fund_id         VARCHAR(36)  NOT NULL,
    kind            VARCHAR(16)  NOT NULL,
    amount          BIGINT       NOT NULL,
    currency        CHAR(3)      NOT NULL,
    received_on     DATE         NOT NULL,
    public_name     VARCHAR(80),
    pledge_id       VARCHAR(36),
    from_statement  BOOLEAN      NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by     VARCHAR(36)  NOT NULL,
    CONSTRAINT ck_contribution_giver CHECK (giver IN ('MEMBER', 'INSTANCE', 'ANONYMOUS')),
    CONSTRAINT ck_contribution_member CHECK ((giver = 'MEMBER') = (member_id IS NOT NULL)),
    CONSTRAINT ck_contribution_instance CHECK ((giver = 'INSTANCE') = (instance_id IS NOT NULL)),
    CONSTRAINT ck_contribution_kind CHECK (kind IN ('DUES', 'DONATION')),
    CONSTRAINT ck_contribution_dues CHECK (kind <> 'DUES' OR giver = 'MEMBER'),
    CONSTRAINT ck_contribution_amount CHECK (amount > 0),
    CONSTRAINT fk_contribution_union FOREIGN KEY (union_id) REFERENCES trade_union (id),
    CONSTRAINT fk_contribution_ledger FOREIGN KEY (ledger_id) REFERENCES ledger (id),
    CONSTRAINT fk_contribution_transfer FOREIGN KEY (transfer_id) REFERENCES ledger_transfer (id),
    CONSTRAINT fk_contribution_fund FOREIGN KEY (fund_id) REFERENCES ledger_account (id),
    CONSTRAINT fk_contribution_pledge FOREIGN KEY (pledge_id) REFERENCES contribution_pledge (id)
);
CREATE INDEX ix_contribution_union ON contribution (union_id, received_on);
CREATE INDEX ix_contribution_member ON contribution (member_id);
CREATE INDEX ix_contribution_pledge ON contribution (pledge_id, received_on);
