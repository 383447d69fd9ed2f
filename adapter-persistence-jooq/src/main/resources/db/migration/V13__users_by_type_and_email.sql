-- The staff are listed by email among a million customers: with no index that starts with the type, the database
-- walked every user in email order to find the few staff.
create index users_type_email on users (type, email, id);
