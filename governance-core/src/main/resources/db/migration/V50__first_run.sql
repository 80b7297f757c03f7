-- First run: the one-time setup link that founds an installation's federation, first union,
-- first chapter and first steward, and the installation's operator. Portable SQL for H2 2.2 and
-- PostgreSQL 15.

-- The installation itself, one row: whoever founds it holds this row's lock, so two founders at
-- once (two browsers with the same link, the page and the admin command) cannot both succeed.
CREATE TABLE installation (
    id          VARCHAR(20)  NOT NULL PRIMARY KEY,
    founded_at  TIMESTAMP WITH TIME ZONE,
    version     BIGINT       NOT NULL,
    CONSTRAINT ck_installation_one CHECK (id = 'installation')
);
INSERT INTO installation (id, founded_at, version) VALUES ('installation', NULL, 0);

-- Setup links: only the SHA-256 digest of the link's random token is kept, so a copy of the
-- database opens nothing. A new link replaces the earlier ones.
CREATE TABLE setup_link (
    token_digest  VARCHAR(64)  NOT NULL PRIMARY KEY,
    issued_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at       TIMESTAMP WITH TIME ZONE,
    CONSTRAINT ck_setup_link_expiry CHECK (expires_at > issued_at)
);

-- The installation's operator: the person who runs it (mail, federation settings), first the
-- steward who founded it. Being operator gives no power in any union.
ALTER TABLE sign_in_account ADD COLUMN installation_operator BOOLEAN DEFAULT FALSE NOT NULL;
