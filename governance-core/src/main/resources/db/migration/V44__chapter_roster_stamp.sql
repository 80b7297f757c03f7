-- A chapter's roster stamp goes up by one in the same transaction as every change to one of its
-- memberships (an admission, a status change, a leaving, a new sort name). The member list keeps
-- each chapter's ordered roster in memory and reads only this number per request: while it is
-- unchanged, the kept roster is exactly what the membership table holds, so a page and the list's total
-- need no OFFSET walk and no COUNT over the chapter. Changing memberships with SQL behind the
-- application's back must raise it too (or restart the application).
ALTER TABLE chapter ADD COLUMN roster_stamp BIGINT DEFAULT 0 NOT NULL;
