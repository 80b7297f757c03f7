-- Trustees of a secret ballot are told that its key ceremony waits for them.
ALTER TABLE notification DROP CONSTRAINT ck_notification_kind;
ALTER TABLE notification ADD CONSTRAINT ck_notification_kind CHECK (kind IN ('SECONDS_NEEDED', 'VOTE_OPENED',
    'QUORUM_AT_RISK', 'RESULT_PUBLISHED', 'NOMINATED', 'TRUSTEE_NEEDED'));
