-- A row's other columns are kept whole as its details (they were cut at 8,000 characters without a word).
alter table register_episode alter column details set data type varchar(100000);
