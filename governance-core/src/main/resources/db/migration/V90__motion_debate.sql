-- The debate on motions (docs/user-guide.md, "Debate"): comments and one level of replies on a
-- motion or amendment, never deleted (a steward hides one with a reason shown in its place), and
-- each member's choice to follow a motion's debate. A comment's id is chosen by the client, so a
-- request sent twice makes one comment.
-- Portable SQL for H2 2.2 and PostgreSQL 15.

CREATE TABLE motion_comment (
    id             VARCHAR(36)   NOT NULL PRIMARY KEY,
    motion_id      VARCHAR(36)   NOT NULL,
    reply_to       VARCHAR(36),
    author_id      VARCHAR(36)   NOT NULL,
    body           VARCHAR(5000) NOT NULL,
    quote          VARCHAR(1000),
    posted_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    edited_at      TIMESTAMP WITH TIME ZONE,
    hidden_at      TIMESTAMP WITH TIME ZONE,
    hidden_by      VARCHAR(36),
    hidden_reason  VARCHAR(500),
    CONSTRAINT ck_motion_comment_body CHECK (CHAR_LENGTH(body) BETWEEN 1 AND 5000),
    CONSTRAINT ck_motion_comment_hidden CHECK ((hidden_at IS NULL) = (hidden_reason IS NULL)
        AND (hidden_at IS NULL) = (hidden_by IS NULL)),
    CONSTRAINT ck_motion_comment_quote CHECK (quote IS NULL OR reply_to IS NOT NULL),
    CONSTRAINT fk_motion_comment_motion FOREIGN KEY (motion_id) REFERENCES motion (id),
    CONSTRAINT fk_motion_comment_reply FOREIGN KEY (reply_to) REFERENCES motion_comment (id),
    CONSTRAINT fk_motion_comment_author FOREIGN KEY (author_id) REFERENCES union_member (id),
    CONSTRAINT fk_motion_comment_steward FOREIGN KEY (hidden_by) REFERENCES union_member (id)
);
CREATE INDEX ix_motion_comment_motion ON motion_comment (motion_id, posted_at);
CREATE INDEX ix_motion_comment_author ON motion_comment (author_id, posted_at);

CREATE TABLE motion_following (
    id          VARCHAR(73)  NOT NULL PRIMARY KEY,
    motion_id   VARCHAR(36)  NOT NULL,
    member_id   VARCHAR(36)  NOT NULL,
    following   BOOLEAN      NOT NULL,
    chosen_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_motion_following UNIQUE (motion_id, member_id),
    CONSTRAINT fk_motion_following_motion FOREIGN KEY (motion_id) REFERENCES motion (id),
    CONSTRAINT fk_motion_following_member FOREIGN KEY (member_id) REFERENCES union_member (id)
);

-- A member hears of a reply to their comment and of new comments on a motion they follow.
ALTER TABLE notification DROP CONSTRAINT ck_notification_kind;
ALTER TABLE notification ADD CONSTRAINT ck_notification_kind CHECK (kind IN ('SECONDS_NEEDED', 'VOTE_OPENED',
    'QUORUM_AT_RISK', 'RESULT_PUBLISHED', 'NOMINATED', 'TRUSTEE_NEEDED', 'GRANT_TO_APPROVE', 'GRANT_TO_PAY',
    'GRANT_DECIDED', 'COMMENT_REPLY', 'COMMENT_POSTED'));
