-- Which kinds of notification a member wants by e-mail. No row, or no kind listed, means none:
-- nothing is mailed that the member did not choose (security mail about their own account is
-- always sent). Kinds are listed by name, separated by commas. Portable SQL for H2 2.2 and
-- PostgreSQL 15.

CREATE TABLE mail_preference (
    member_id   VARCHAR(36)   NOT NULL PRIMARY KEY,
    kinds       VARCHAR(400)  NOT NULL,
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT        NOT NULL,
    CONSTRAINT fk_mail_preference_member FOREIGN KEY (member_id) REFERENCES union_member (id)
);
