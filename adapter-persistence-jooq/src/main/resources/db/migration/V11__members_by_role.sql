-- Listing the holders of a role reads the members who have it from an index: without one, finding the few staff
-- with a role made the database read every membership.
create index members_role on members (role_identifier, user_id);
