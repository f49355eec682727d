-- An approved quote as the report shows it, edited by a QA lead to take out names (issue 13 §6). What the person wrote
-- stays as they wrote it (went_well, could_be_better, anything_else), seen only by QA leads and never published once
-- the quote has been edited.
alter table family_feedback add column quote_text varchar(5000);
alter table family_feedback add column quote_edited_by varchar(60);
alter table family_feedback add column quote_edited_at timestamp with time zone;
