-- Views that modules publish for other modules' reporting joins (decision 0015). Another module's SQL names
-- these, never the tables behind them, so an owner can change its tables while keeping its views.

-- Published by organisation.
create view team_directory as
    select id, name, service_area_id, team_type, active from team;

create view service_area_directory as
    select id, name, directorate_id from service_area;

create view staff_directory as
    select id, full_name, job_role, team_id, active from staff_member;

create view visitor_directory as
    select id, full_name, organisation, kind, cleared_for_case_data, active from visitor;

-- Published by identity.
create view account_directory as
    select id, username, staff_id, visitor_id, team_id, active from user_account;

create view account_role as
    select user_account as account_id, role from user_role;
