-- The fund page sums a ledger's last twelve months of transfers (JpaLedgers.monthlyFlows): an
-- index by ledger and time lets it read those months only, however long the ledger grows.
-- Portable SQL for H2 2.2 and PostgreSQL 15.
CREATE INDEX ix_ledger_transfer_time ON ledger_transfer (ledger_id, recorded_at);
