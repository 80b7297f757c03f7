-- The board page labels each cast entry that a later ballot of the same credential replaced
-- (protocol §8.6); this index finds a credential's later entries without reading every ballot.
CREATE INDEX ix_board_credential ON election_board_entry (election_id, credential, seq);
