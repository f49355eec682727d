-- The composed reports' sections read a quarter at a time (issue 18): audits by when they were submitted, moderations
-- by when they were graded, and actions by when they were verified, without reading five years of rows.
create index audit_by_submitted on audit (submitted_at, status);
create index audit_moderation_by_graded on audit_moderation (graded_at);
create index action_history_by_status on action_history (to_status, changed_at);
