-- A member's powers stamp goes up by one in the same transaction as every change to one of their
-- memberships or mandates (see ReadStamps). Each request reads only this number for the caller
-- and, while it is unchanged, takes the caller's memberships and mandates from memory instead of
-- reading them again. Changing memberships or mandates with SQL behind the application's back must
-- raise it too (or restart the application). From now on a mandate's writes also raise the roster
-- stamp of every chapter it can be held in, as the member list shows each member's roles.
ALTER TABLE union_member ADD COLUMN powers_stamp BIGINT DEFAULT 0 NOT NULL;
