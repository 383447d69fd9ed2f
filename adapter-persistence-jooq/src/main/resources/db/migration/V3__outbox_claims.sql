-- A dispatcher claims due outbox messages for a while (a lease): no other dispatcher takes them until
-- claimed_until, so that two servers on one database never send a message twice, and the messages of a
-- dispatcher that crashed come back when its lease runs out. The claim identifies the claimer's round, so
-- that a claimer whose lease ran out and was taken over can no longer record an outcome.
alter table outbox add column claim uuid;
alter table outbox add column claimed_until timestamp with time zone;
