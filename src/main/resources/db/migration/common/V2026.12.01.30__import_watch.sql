-- A running import beats every few seconds from the instance doing it, so a run whose worker stopped (crash, kill,
-- out of memory) is seen as stopped within a minute; a QA lead's request to cancel waits here for the worker.
alter table register_import add column heartbeat_at timestamp;
alter table register_import add column cancel_requested_by varchar(100);
update register_import set heartbeat_at = started_at;
create index register_import_running on register_import (status, heartbeat_at);
