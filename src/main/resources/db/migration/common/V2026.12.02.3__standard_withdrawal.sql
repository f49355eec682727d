-- A standard the council no longer uses is withdrawn, not deleted: audits, actions and learning reviews that cite it
-- keep it, marked as withdrawn (issue 15).
alter table practice_standard add column withdrawn_at timestamp;
alter table practice_standard add column withdrawn_by varchar(100);
alter table practice_standard add column withdrawn_reason varchar(1000);
