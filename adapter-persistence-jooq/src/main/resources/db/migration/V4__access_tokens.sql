-- Bearer tokens of the HTTP API, stored as the SHA-256 (hex) of the token only.
create table access_tokens (
    token_hash char(64) not null,
    user_id uuid not null,
    issued_at timestamp with time zone not null,
    expires_at timestamp with time zone not null,
    constraint access_tokens_pk primary key (token_hash),
    constraint access_tokens_user_fk foreign key (user_id) references users (id) on delete cascade
);
create index access_tokens_expiry on access_tokens (expires_at);
