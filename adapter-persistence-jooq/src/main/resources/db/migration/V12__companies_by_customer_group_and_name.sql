-- A customer group's companies are listed by name: with the group alone in the index, a large group's companies
-- were all read and sorted to show the first page. The wider index also serves the foreign key's look-ups.
create index companies_customer_group_name on companies (customer_group_id, name_key, id);
drop index companies_customer_group;
