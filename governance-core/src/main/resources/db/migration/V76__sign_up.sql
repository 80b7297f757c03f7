-- Sign-up from a union's public page: a person gives a display name, an e-mail address, a
-- password and an optional note, and asks to join a chapter. Until they open the confirmation
-- link mailed to the address, the request is one row here: the SHA-256 digest of the link's
-- random token (never the token), the digest of the address (to limit sign-ups per address), the
-- address, the name, the password's hash (never the password), the chapter and the note. Opening
-- the link makes the account and the join request and deletes the row; a row whose link was not
-- opened is deleted when the link expires (24 hours). Portable SQL for H2 2.2 and PostgreSQL 15.

CREATE TABLE sign_up (
    token_digest    VARCHAR(64)   NOT NULL PRIMARY KEY,
    address_digest  VARCHAR(64)   NOT NULL,
    email           VARCHAR(254)  NOT NULL,
    display_name    VARCHAR(80)   NOT NULL,
    password_hash   VARCHAR(255)  NOT NULL,
    chapter_id      VARCHAR(36)   NOT NULL,
    note            VARCHAR(1000) NOT NULL,
    requested_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT        NOT NULL,
    CONSTRAINT ck_sign_up_expiry CHECK (expires_at > requested_at),
    CONSTRAINT fk_sign_up_chapter FOREIGN KEY (chapter_id) REFERENCES chapter (id)
);
CREATE INDEX ix_sign_up_address ON sign_up (address_digest, requested_at);
CREATE INDEX ix_sign_up_expires ON sign_up (expires_at);
CREATE INDEX ix_sign_up_email ON sign_up (email);
CREATE INDEX ix_sign_up_chapter ON sign_up (chapter_id);
