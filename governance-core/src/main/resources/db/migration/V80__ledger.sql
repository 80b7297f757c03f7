-- The treasury's double-entry ledger (docs/ledger.md). One ledger per union (or federation) in
-- one ISO 4217 currency; accounts with their running balances, each guarded by CHECK constraints
-- so that no write, whatever its path, leaves a sum negative or a fund below zero counting its
-- reservations; transfer rows, only ever added, hash-chained per ledger, a pending transfer
-- resolved at most once (a unique column) and a transfer reversed at most once; signed
-- checkpoints; and the installation's Ed25519 key that signs them. V81 adds the triggers that
-- refuse UPDATE and DELETE of the rows and checkpoints. Portable SQL for H2 2.2 and PostgreSQL 15.

CREATE TABLE ledger (
    id                VARCHAR(36)  NOT NULL PRIMARY KEY,
    union_id          VARCHAR(36),
    federation_id     VARCHAR(36),
    currency          CHAR(3)      NOT NULL,
    opened_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    transfer_count    BIGINT       NOT NULL,
    head_hash         CHAR(64)     NOT NULL,
    head_recorded_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT ck_ledger_owner CHECK ((union_id IS NULL) <> (federation_id IS NULL)),
    CONSTRAINT ck_ledger_count CHECK (transfer_count >= 0),
    CONSTRAINT uq_ledger_union UNIQUE (union_id),
    CONSTRAINT uq_ledger_federation UNIQUE (federation_id),
    CONSTRAINT fk_ledger_union FOREIGN KEY (union_id) REFERENCES trade_union (id),
    CONSTRAINT fk_ledger_federation FOREIGN KEY (federation_id) REFERENCES federation (id)
);

CREATE TABLE ledger_account (
    id               VARCHAR(36)  NOT NULL PRIMARY KEY,
    ledger_id        VARCHAR(36)  NOT NULL,
    kind             VARCHAR(16)  NOT NULL,
    name             VARCHAR(120) NOT NULL,
    balance_limit    VARCHAR(40)  NOT NULL,
    sole_bank        CHAR(1),
    debits_pending   BIGINT       NOT NULL,
    debits_posted    BIGINT       NOT NULL,
    credits_pending  BIGINT       NOT NULL,
    credits_posted   BIGINT       NOT NULL,
    opened_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_ledger_account_kind CHECK (kind IN ('FUND', 'BANK', 'CONTRIBUTOR', 'PAYEE')),
    CONSTRAINT ck_ledger_account_limit_kind CHECK (balance_limit IN ('NONE', 'DEBITS_MUST_NOT_EXCEED_CREDITS',
        'CREDITS_MUST_NOT_EXCEED_DEBITS')),
    CONSTRAINT ck_ledger_account_fund_limit CHECK (kind <> 'FUND' OR balance_limit = 'DEBITS_MUST_NOT_EXCEED_CREDITS'),
    CONSTRAINT ck_ledger_account_sums CHECK (debits_pending >= 0 AND debits_posted >= 0 AND credits_pending >= 0
        AND credits_posted >= 0),
    CONSTRAINT ck_ledger_account_limit CHECK (
        balance_limit = 'NONE'
        OR (balance_limit = 'DEBITS_MUST_NOT_EXCEED_CREDITS' AND debits_pending + debits_posted <= credits_posted)
        OR (balance_limit = 'CREDITS_MUST_NOT_EXCEED_DEBITS' AND credits_pending + credits_posted <= debits_posted)),
    CONSTRAINT ck_ledger_account_bank CHECK ((kind = 'BANK') = (sole_bank IS NOT NULL)),
    CONSTRAINT uq_ledger_account_name UNIQUE (ledger_id, name),
    CONSTRAINT uq_ledger_account_bank UNIQUE (ledger_id, sole_bank),
    CONSTRAINT fk_ledger_account_ledger FOREIGN KEY (ledger_id) REFERENCES ledger (id)
);

CREATE TABLE ledger_transfer (
    id                 VARCHAR(36)  NOT NULL PRIMARY KEY,
    ledger_id          VARCHAR(36)  NOT NULL,
    sequence           BIGINT       NOT NULL,
    kind               VARCHAR(16)  NOT NULL,
    debit_account_id   VARCHAR(36)  NOT NULL,
    credit_account_id  VARCHAR(36)  NOT NULL,
    amount             BIGINT       NOT NULL,
    pending_id         VARCHAR(36),
    corrects_id        VARCHAR(36),
    timeout_seconds    BIGINT       NOT NULL,
    expires_at         TIMESTAMP WITH TIME ZONE,
    linked             BOOLEAN      NOT NULL,
    reference          VARCHAR(64)  NOT NULL,
    recorded_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    previous_hash      CHAR(64)     NOT NULL,
    hash               CHAR(64)     NOT NULL,
    CONSTRAINT ck_ledger_transfer_kind CHECK (kind IN ('POSTED', 'PENDING', 'POST_PENDING', 'VOID_PENDING',
        'EXPIRE_PENDING')),
    CONSTRAINT ck_ledger_transfer_sequence CHECK (sequence >= 1),
    CONSTRAINT ck_ledger_transfer_amount CHECK (amount > 0),
    CONSTRAINT ck_ledger_transfer_accounts CHECK (debit_account_id <> credit_account_id),
    CONSTRAINT ck_ledger_transfer_resolves CHECK ((kind IN ('POST_PENDING', 'VOID_PENDING', 'EXPIRE_PENDING'))
        = (pending_id IS NOT NULL)),
    CONSTRAINT ck_ledger_transfer_corrects CHECK (corrects_id IS NULL OR kind = 'POSTED'),
    CONSTRAINT ck_ledger_transfer_timeout CHECK (timeout_seconds >= 0 AND (timeout_seconds = 0 OR kind = 'PENDING')
        AND ((timeout_seconds = 0) = (expires_at IS NULL))),
    CONSTRAINT uq_ledger_transfer_sequence UNIQUE (ledger_id, sequence),
    CONSTRAINT uq_ledger_transfer_resolution UNIQUE (pending_id),
    CONSTRAINT uq_ledger_transfer_correction UNIQUE (corrects_id),
    CONSTRAINT fk_ledger_transfer_ledger FOREIGN KEY (ledger_id) REFERENCES ledger (id),
    CONSTRAINT fk_ledger_transfer_debit FOREIGN KEY (debit_account_id) REFERENCES ledger_account (id),
    CONSTRAINT fk_ledger_transfer_credit FOREIGN KEY (credit_account_id) REFERENCES ledger_account (id),
    CONSTRAINT fk_ledger_transfer_pending FOREIGN KEY (pending_id) REFERENCES ledger_transfer (id),
    CONSTRAINT fk_ledger_transfer_corrects FOREIGN KEY (corrects_id) REFERENCES ledger_transfer (id)
);
CREATE INDEX ix_ledger_transfer_expiry ON ledger_transfer (expires_at);
CREATE INDEX ix_ledger_transfer_debit ON ledger_transfer (debit_account_id);
CREATE INDEX ix_ledger_transfer_credit ON ledger_transfer (credit_account_id);

CREATE TABLE ledger_checkpoint (
    id              VARCHAR(36)  NOT NULL PRIMARY KEY,
    ledger_id       VARCHAR(36)  NOT NULL,
    currency        CHAR(3)      NOT NULL,
    transfer_count  BIGINT       NOT NULL,
    head_hash       CHAR(64)     NOT NULL,
    taken_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    public_key      CHAR(64)     NOT NULL,
    signature       CHAR(128)    NOT NULL,
    CONSTRAINT ck_ledger_checkpoint_count CHECK (transfer_count >= 0),
    CONSTRAINT fk_ledger_checkpoint_ledger FOREIGN KEY (ledger_id) REFERENCES ledger (id)
);
CREATE INDEX ix_ledger_checkpoint_ledger ON ledger_checkpoint (ledger_id, taken_at);

CREATE TABLE ledger_checkpoint_balance (
    checkpoint_id    VARCHAR(36)  NOT NULL,
    account_id       VARCHAR(36)  NOT NULL,
    debits_pending   BIGINT       NOT NULL,
    debits_posted    BIGINT       NOT NULL,
    credits_pending  BIGINT       NOT NULL,
    credits_posted   BIGINT       NOT NULL,
    CONSTRAINT pk_ledger_checkpoint_balance PRIMARY KEY (checkpoint_id, account_id),
    CONSTRAINT fk_ledger_checkpoint_balance_checkpoint FOREIGN KEY (checkpoint_id) REFERENCES ledger_checkpoint (id),
    CONSTRAINT fk_ledger_checkpoint_balance_account FOREIGN KEY (account_id) REFERENCES ledger_account (id)
);

-- The installation's own signing keys, one row per purpose, made the first time one is needed
-- (infrastructure.crypto.Ed25519InstallationSigner). The private key never leaves this table:
-- no export, page, answer or log reads it.
CREATE TABLE installation_key (
    name         VARCHAR(40)  NOT NULL PRIMARY KEY,
    algorithm    VARCHAR(20)  NOT NULL,
    public_key   VARCHAR(128) NOT NULL,
    private_key  VARCHAR(128) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

INSERT INTO timer_lease (name, holder, expires_at) VALUES ('ledger', '', TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00');
