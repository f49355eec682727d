-- An import that would change the number of open cases sharply waits for a person to confirm it: its snapshot is
-- written but not shown as the register until then (or withdrawn if the person discards it).
alter table register_snapshot add column awaiting_confirmation boolean default false not null;
alter table register_snapshot add column confirmed_by varchar(100);
alter table register_snapshot add column confirmed_at timestamp;
alter table register_import alter column status set data type varchar(30);
-- Annex A lists the person chose to import without ("7,8"): their cases are not in the snapshot, not closed.
alter table register_snapshot add column lists_not_provided varchar(100);
