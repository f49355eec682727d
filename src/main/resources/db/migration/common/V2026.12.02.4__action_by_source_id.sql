-- The actions of many records of one source at once (a review's recommendations, for the synopsis): H2 looks a list of
-- ids up only on an index that starts with them (with the source first it read every action of the source).
create index action_by_source_id on action_item (source_id, source);
