-- The annual health check (module healthcheck): per year, whether the action plan was agreed with the trade unions
-- (where the council does so) and what was agreed. The plan's actions are in the one action tracker (source
-- HEALTH_CHECK, the year as source id); its figures come from the modules that own them.
create table health_check_plan (
    check_year integer primary key,
    agreed_with_unions boolean not null,
    agreement_note varchar(2000),
    updated_by varchar(100) not null,
    updated_at timestamp not null,
    lock_version integer not null default 0
);
