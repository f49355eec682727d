-- A warning is reported with the problems but does not hold its row back (the row was imported as read).
alter table register_problem add column warning boolean default false not null;
