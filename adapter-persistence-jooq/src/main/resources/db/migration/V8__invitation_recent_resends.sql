-- The instants of an invitation's re-sends within the last hour (at most 3), as ISO-8601 instants separated by
-- commas, oldest first: the re-send limit counts them, on every server sharing the database.
alter table invitations add column recent_resends varchar(200) default '' not null;
