-- Which instance is building a week's timetable, and when it last said it was still at it (decision 0016): a build
-- whose instance stopped saying so can be started again at once, from any instance.
alter table practice_week add column solve_instance varchar(100);
alter table practice_week add column solve_heartbeat_at timestamp with time zone;
