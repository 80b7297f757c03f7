-- Two-factor sign-in (TOTP, RFC 6238) and what a member sees of their own sessions.
-- two_factor: a member's authenticator secret (160 random bits, base32), unconfirmed until the
-- member has entered a first code; last_step is the newest 30-second step a code was accepted
-- for, so a code is never accepted twice. recovery_code: the SHA-256 digests of single-use codes
-- shown once. sign_in_session gains: whether a code is still awaited after the password (such a
-- session signs nobody in), when a code was given, how many wrong codes were tried, and a coarse
-- description of the browser ("Firefox on Linux") from its User-Agent, for the member's own list.
-- Portable SQL for H2 2.2 and PostgreSQL 15.

CREATE TABLE two_factor (
    member_id     VARCHAR(36)  NOT NULL PRIMARY KEY,
    secret        VARCHAR(64)  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    confirmed_at  TIMESTAMP WITH TIME ZONE,
    last_step     BIGINT       NOT NULL,
    version       BIGINT       NOT NULL,
    CONSTRAINT fk_two_factor_member FOREIGN KEY (member_id) REFERENCES union_member (id)
);

CREATE TABLE recovery_code (
    code_digest  VARCHAR(64)  NOT NULL PRIMARY KEY,
    member_id    VARCHAR(36)  NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT fk_recovery_code_member FOREIGN KEY (member_id) REFERENCES union_member (id)
);
CREATE INDEX ix_recovery_code_member ON recovery_code (member_id);

ALTER TABLE sign_in_session ADD COLUMN awaiting_code BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE sign_in_session ADD COLUMN second_factor_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE sign_in_session ADD COLUMN code_failures INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE sign_in_session ADD COLUMN device VARCHAR(64);
