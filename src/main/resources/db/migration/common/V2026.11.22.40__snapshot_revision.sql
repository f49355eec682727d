-- Counts the changes made to a snapshot's cases after import (a team name mapped to a team), so that a copy of the
-- snapshot held in memory for sampling knows when it is out of date.
alter table register_snapshot add column revision integer default 0 not null;
