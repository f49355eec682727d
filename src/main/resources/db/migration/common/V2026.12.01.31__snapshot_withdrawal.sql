-- A QA lead can withdraw a snapshot imported by mistake: the register goes back to the one before. The snapshot and
-- its cases stay (audits already drawn from it keep their cases); only what the register shows changes.
alter table register_snapshot add column withdrawn_at timestamp;
alter table register_snapshot add column withdrawn_by varchar(100);
alter table register_snapshot add column withdrawn_reason varchar(1000);
create index register_snapshot_live on register_snapshot (source, withdrawn_at, id);
create index register_snapshot_by_file on register_snapshot (source, file_sha256);
