-- Sign-ins that outlive the server process (a restart, or the loss of one node of a cluster),
-- and the browsers a member has signed in on before, whose sign-ins are throttled on their own.
-- Only SHA-256 digests of the browsers' random tokens are stored. Portable SQL for H2 2.2 and
-- PostgreSQL 15.

CREATE TABLE sign_in_session (
    token_digest  VARCHAR(64)  NOT NULL PRIMARY KEY,
    member_id     VARCHAR(36)  NOT NULL,
    started_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_sign_in_session_member FOREIGN KEY (member_id) REFERENCES union_member (id)
);
CREATE INDEX ix_sign_in_session_seen ON sign_in_session (last_seen_at);
CREATE INDEX ix_sign_in_session_member ON sign_in_session (member_id);

CREATE TABLE trusted_device (
    token_digest     VARCHAR(64)  NOT NULL PRIMARY KEY,
    member_id        VARCHAR(36)  NOT NULL,
    last_sign_in_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_trusted_device_member FOREIGN KEY (member_id) REFERENCES union_member (id)
);
CREATE INDEX ix_trusted_device_used ON trusted_device (last_sign_in_at);
CREATE INDEX ix_trusted_device_member ON trusted_device (member_id);
