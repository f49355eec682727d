-- H2 gives each foreign key an index of its own even where another index already starts with the column, so every
-- episode and case written kept one more index up to date (and checked the key) for nothing: rows are only ever
-- written by the import, in the transaction that creates their snapshot, and snapshots are never deleted.
-- PostgreSQL keeps the keys (it adds no index for them).
alter table register_episode drop constraint if exists CONSTRAINT_2B6;
alter table register_case drop constraint if exists CONSTRAINT_68;
