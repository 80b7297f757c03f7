-- The member list of a chapter is read in display-name order, a page at a time. Keeping the
-- member's sort name on the membership lets one index (chapter, name, member) give both the
-- order and the page without sorting every member of the chapter on each request: a chapter
-- of 10,000 members otherwise costs a sort of 10,000 names per page.
ALTER TABLE membership ADD COLUMN sort_name VARCHAR(80);
UPDATE membership SET sort_name = (SELECT p.sort_name FROM union_member p WHERE p.id = membership.member_id);
ALTER TABLE membership ALTER COLUMN sort_name SET NOT NULL;
CREATE INDEX ix_membership_chapter_order ON membership (chapter_id, sort_name, member_id, status);
