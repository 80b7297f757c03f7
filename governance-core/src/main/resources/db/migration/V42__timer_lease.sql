-- Which node runs a cluster-wide timer's tick: one row per timer, taken by a node for a short
-- while with a single conditional UPDATE, so two nodes never run the same tick at once.
-- Portable SQL for H2 2.2 and PostgreSQL 15.

CREATE TABLE timer_lease (
    name        VARCHAR(40)  NOT NULL PRIMARY KEY,
    holder      VARCHAR(200) NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

INSERT INTO timer_lease (name, holder, expires_at) VALUES ('motions', '', TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00');
