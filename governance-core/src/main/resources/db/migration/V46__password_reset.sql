-- Password resets by e-mail: one row per request, holding the SHA-256 digest of the link's
-- random token (never the token), the digest of the address asked for (to limit requests per
-- address without keeping the address), and the member when the address has an account. A link
-- holds one hour and is used once; rows are deleted a day after they were asked for.
-- Portable SQL for H2 2.2 and PostgreSQL 15.

CREATE TABLE password_reset (
    token_digest    VARCHAR(64)  NOT NULL PRIMARY KEY,
    address_digest  VARCHAR(64)  NOT NULL,
    member_id       VARCHAR(36),
    requested_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at         TIMESTAMP WITH TIME ZONE,
    version         BIGINT       NOT NULL,
    CONSTRAINT fk_password_reset_member FOREIGN KEY (member_id) REFERENCES union_member (id)
);
CREATE INDEX ix_password_reset_address ON password_reset (address_digest, requested_at);
CREATE INDEX ix_password_reset_member ON password_reset (member_id);
CREATE INDEX ix_password_reset_requested ON password_reset (requested_at);
