-- Failed sign-ins per subject ('account:' + email, 'client:' + address), shared by every server on the database
-- so that guesses spread over several servers count together. Rows are swept once forget_at has passed.
create table login_failures (
    subject varchar(300) not null,
    failures integer not null,
    held_until timestamp with time zone not null,
    forget_at timestamp with time zone not null,
    constraint login_failures_pk primary key (subject),
    constraint login_failures_count check (failures >= 0)
);
create index login_failures_forget on login_failures (forget_at);
