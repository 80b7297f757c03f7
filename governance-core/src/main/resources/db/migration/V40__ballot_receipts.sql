-- Protocol version 2: a board key per election signs a receipt for every board entry, and the
-- record carries the actual opening and closing instants and how the eligible count was fixed.
-- The board secret signs receipts only: it decrypts nothing and reveals no choice.

ALTER TABLE election ADD COLUMN board_secret VARCHAR(43);
ALTER TABLE election ADD COLUMN opened_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE election ADD COLUMN closed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE election ADD COLUMN eligible_basis VARCHAR(300);

-- The signed receipt given for the entry, kept so that a retried ballot gets the same answer.
ALTER TABLE election_board_entry ADD COLUMN receipt VARCHAR(1000);
