-- Invitations: a steward invites a person by e-mail to a chapter. The row keeps the name and the
-- address the steward gave, who invited and when, and only the SHA-256 digest of the link's random
-- token (never the token), so a copy of the database opens no invitation. A link holds 14 days and
-- is used once. pending_email holds the address while the invitation is pending and is cleared
-- when it is accepted, withdrawn or found expired, so one address has at most one pending
-- invitation per chapter (importing a list twice invites nobody twice). Rows are deleted 90 days
-- after they were accepted, withdrawn or expired. Portable SQL for H2 2.2 and PostgreSQL 15.

CREATE TABLE invitation (
    id             VARCHAR(36)  NOT NULL PRIMARY KEY,
    token_digest   VARCHAR(64)  NOT NULL,
    chapter_id     VARCHAR(36)  NOT NULL,
    union_id       VARCHAR(36)  NOT NULL,
    display_name   VARCHAR(80)  NOT NULL,
    email          VARCHAR(254) NOT NULL,
    pending_email  VARCHAR(254),
    invited_by     VARCHAR(36)  NOT NULL,
    invited_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    status         VARCHAR(12)  NOT NULL,
    settled_at     TIMESTAMP WITH TIME ZONE,
    member_id      VARCHAR(36),
    version        BIGINT       NOT NULL,
    CONSTRAINT uq_invitation_token UNIQUE (token_digest),
    CONSTRAINT uq_invitation_pending UNIQUE (chapter_id, pending_email),
    CONSTRAINT ck_invitation_status CHECK (status IN ('PENDING', 'ACCEPTED', 'WITHDRAWN', 'EXPIRED')),
    CONSTRAINT ck_invitation_expiry CHECK (expires_at > invited_at),
    CONSTRAINT fk_invitation_chapter FOREIGN KEY (chapter_id) REFERENCES chapter (id),
    CONSTRAINT fk_invitation_inviter FOREIGN KEY (invited_by) REFERENCES union_member (id),
    CONSTRAINT fk_invitation_member FOREIGN KEY (member_id) REFERENCES union_member (id)
);
CREATE INDEX ix_invitation_chapter ON invitation (chapter_id, status, invited_at);
CREATE INDEX ix_invitation_settled ON invitation (settled_at);
CREATE INDEX ix_invitation_inviter ON invitation (invited_by);
CREATE INDEX ix_invitation_member ON invitation (member_id);
