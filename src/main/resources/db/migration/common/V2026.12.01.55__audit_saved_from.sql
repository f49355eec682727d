-- Which page (one opening of the form, in one tab) saved the audit last: a save from that same page is never a
-- conflict, even when its own autosave got there first; another person's or another tab's save still is.
alter table audit add column saved_from varchar(36);
