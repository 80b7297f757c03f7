-- The fund page's monthly sums, kept as rows are recorded (JpaLedgers.append) instead of summed
-- from the rows on every view: with a million rows a year, summing them took the page over its
-- 200 ms (docs/benchmarks.md, "The fund page"). One row per ledger and month (UTC) in which
-- something was posted; written only under the ledger's row lock, as the rows are. Filled here from
-- the rows recorded so far. Portable SQL for H2 2.2 and PostgreSQL 15.
CREATE TABLE ledger_month_flow (
    ledger_id   VARCHAR(36) NOT NULL,
    flow_year   INTEGER     NOT NULL,
    flow_month  INTEGER     NOT NULL,
    money_in    BIGINT      NOT NULL,
    money_out   BIGINT      NOT NULL,
    CONSTRAINT pk_ledger_month_flow PRIMARY KEY (ledger_id, flow_year, flow_month),
    CONSTRAINT fk_ledger_month_flow_ledger FOREIGN KEY (ledger_id) REFERENCES ledger (id),
    CONSTRAINT ck_ledger_month_flow CHECK (flow_month BETWEEN 1 AND 12 AND money_in >= 0 AND money_out >= 0)
);

INSERT INTO ledger_month_flow (ledger_id, flow_year, flow_month, money_in, money_out)
SELECT t.ledger_id,
       CAST(EXTRACT(YEAR FROM t.recorded_at AT TIME ZONE 'UTC') AS INTEGER),
       CAST(EXTRACT(MONTH FROM t.recorded_at AT TIME ZONE 'UTC') AS INTEGER),
       SUM(CASE WHEN c.kind = 'FUND' AND d.kind <> 'FUND' THEN t.amount ELSE 0 END),
       SUM(CASE WHEN d.kind = 'FUND' AND c.kind <> 'FUND' THEN t.amount ELSE 0 END)
FROM ledger_transfer t
JOIN ledger_account d ON d.id = t.debit_account_id
JOIN ledger_account c ON c.id = t.credit_account_id
WHERE t.kind IN ('POSTED', 'POST_PENDING')
GROUP BY t.ledger_id, CAST(EXTRACT(YEAR FROM t.recorded_at AT TIME ZONE 'UTC') AS INTEGER),
         CAST(EXTRACT(MONTH FROM t.recorded_at AT TIME ZONE 'UTC') AS INTEGER);
