-- When each bearer token was last used, for the idle timeout; written at most once a minute per token.
alter table access_tokens add column last_used_at timestamp with time zone;
update access_tokens set last_used_at = issued_at;
alter table access_tokens alter column last_used_at set not null;
-- Disabling, removing and deactivating revoke every token of the users concerned.
create index access_tokens_user on access_tokens (user_id);
