-- An order's status is the shop's own code (1 to 40 letters, digits, '_' and '-'), no longer one of five names;
-- the five names stored so far are codes too. The shop updates the status later, naming the version it read.
alter table orders alter column status set data type varchar(40);
alter table orders add column version bigint default 1 not null;

-- Each address counts its own changes, so that editing one address of a book leaves the ETags of the others valid;
-- the book's own version still keeps two writers of one book apart. Addresses stored so far start at version 1.
alter table addresses add column version bigint default 1 not null;
