-- A scope wider than one team, for service managers: further teams, or every team of a service (the service's teams
-- are read at sign-in, so a team added to the service later is in scope from the next sign-in). The account's own
-- team (user_account.team_id) stays its first team.
create table user_account_scope (
    user_account bigint not null references user_account (id),
    team_id bigint references team (id),
    service_area_id bigint references service_area (id),
    constraint scope_is_a_team_or_a_service check ((team_id is null and service_area_id is not null)
        or (team_id is not null and service_area_id is null))
);
create index user_account_scope_by_account on user_account_scope (user_account);
