-- My data: who looked at or exported a member's record (a steward reading the member roll or a
-- join request, the member's own export), kept a year (docs/privacy.md), and the row of the
-- cluster-wide timer that forgets what has outlived its retention period.
-- Portable SQL for H2 2.2 and PostgreSQL 15.

CREATE TABLE record_access (
    id           VARCHAR(36)  NOT NULL PRIMARY KEY,
    member_id    VARCHAR(36)  NOT NULL,
    viewer_id    VARCHAR(36)  NOT NULL,
    kind         VARCHAR(10)  NOT NULL,
    what         VARCHAR(200) NOT NULL,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_record_access_member FOREIGN KEY (member_id) REFERENCES union_member (id),
    CONSTRAINT fk_record_access_viewer FOREIGN KEY (viewer_id) REFERENCES union_member (id),
    CONSTRAINT ck_record_access_kind CHECK (kind IN ('VIEWED', 'EXPORTED'))
);
CREATE INDEX ix_record_access_member ON record_access (member_id, occurred_at);
CREATE INDEX ix_record_access_viewer ON record_access (viewer_id);
CREATE INDEX ix_record_access_time ON record_access (occurred_at);

-- Retention deletes by age: these find the old rows without reading every one.
CREATE INDEX ix_notification_created ON notification (created_at);
CREATE INDEX ix_join_request_decided ON join_request (status, decided_at);

INSERT INTO timer_lease (name, holder, expires_at) VALUES ('retention', '', TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00');
