-- Practice Week: the families' form stamps already used, so each is sent once (decision 0027). The stamp is kept as a
-- keyed hash; rows older than a stamp's lifetime are removed as new ones come.
create table feedback_stamp_used (
    stamp varchar(64) primary key,
    used_at timestamp with time zone not null
);
create index feedback_stamp_used_by_time on feedback_stamp_used (used_at);
