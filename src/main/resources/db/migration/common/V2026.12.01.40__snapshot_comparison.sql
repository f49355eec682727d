-- What changed from one snapshot to the one before, worked out once for the pair: comparing two million-case
-- snapshots takes seconds, and both are never rewritten. Each change is numbered in case reference order, so that
-- any page of a list of changes is read by its numbers, not by skipping the pages before it. Mapping a team name
-- raises the snapshots' revision: a comparison made at another revision is made again.
create table register_comparison (
    snapshot_id bigint not null references register_snapshot (id),
    previous_id bigint not null references register_snapshot (id),
    snapshot_revision integer not null,
    previous_revision integer not null,
    new_cases integer not null,
    closed_cases integer not null,
    moved_cases integer not null,
    primary key (snapshot_id, previous_id)
);

create table register_change (
    snapshot_id bigint not null,
    previous_id bigint not null,
    change_kind varchar(10) not null,
    change_number integer not null,
    case_id bigint not null,
    previous_case_id bigint,
    primary key (snapshot_id, previous_id, change_kind, change_number),
    foreign key (snapshot_id, previous_id) references register_comparison (snapshot_id, previous_id)
);
