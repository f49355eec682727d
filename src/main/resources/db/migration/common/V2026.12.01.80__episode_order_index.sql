-- The import gathers each case from its episodes read in (case, list, row) order; with the row in the index the
-- databases read them in that order instead of sorting the whole snapshot (H2 spilled that sort to disk).
drop index register_episode_by_case;
create index register_episode_by_case on register_episode (snapshot_id, case_reference, list_number, source_row);
