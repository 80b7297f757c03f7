-- The mail outbox: every mail Unionhall sends is first a row here, written in the same
-- transaction as the change that causes it, so a refused change mails nobody and a mail server
-- that is down delays mail without losing any. A sender on one node at a time (timer lease
-- 'mail') delivers due rows over SMTP, retries with back-off, and records why it gave up.
-- The body is erased once the mail is sent or given up; finished rows are deleted after 30 days.
-- Portable SQL for H2 2.2 and PostgreSQL 15.

CREATE TABLE outgoing_mail (
    id               VARCHAR(36)    NOT NULL PRIMARY KEY,
    recipient        VARCHAR(254)   NOT NULL,
    subject          VARCHAR(200)   NOT NULL,
    body             VARCHAR(16000) NOT NULL,
    category         VARCHAR(20)    NOT NULL,
    status           VARCHAR(20)    NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts         INTEGER        NOT NULL,
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at      TIMESTAMP WITH TIME ZONE,
    last_failure     VARCHAR(500),
    version          BIGINT         NOT NULL
);
CREATE INDEX ix_outgoing_mail_due ON outgoing_mail (status, next_attempt_at);
CREATE INDEX ix_outgoing_mail_finished ON outgoing_mail (finished_at);

INSERT INTO timer_lease (name, holder, expires_at) VALUES ('mail', '', TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00');
