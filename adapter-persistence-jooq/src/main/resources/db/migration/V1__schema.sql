-- One schema for H2 (PostgreSQL mode) and PostgreSQL: only the SQL both accept (see stack.md).
-- Constraint names are part of the contract: the repositories map violations to domain errors by name.
-- Case-insensitive lookups use lower-cased copies (*_key columns) with plain indexes.

create table roles (
    identifier varchar(64) not null,
    name varchar(100) not null,
    audience varchar(16) not null,
    built_in boolean not null,
    version bigint not null,
    constraint roles_pk primary key (identifier)
);

-- limitations: '' or the limitation identifiers, sorted and comma-joined, so a policy is one row and a set key.
create table role_policies (
    role_identifier varchar(64) not null,
    permission varchar(64) not null,
    limitations varchar(200) not null,
    constraint role_policies_pk primary key (role_identifier, permission, limitations),
    constraint role_policies_role_fk foreign key (role_identifier) references roles (identifier) on delete cascade
);

create table customer_groups (
    id uuid not null,
    identifier varchar(64) not null,
    name varchar(100) not null,
    global_price_rate numeric(5, 2) not null,
    version bigint not null,
    constraint customer_groups_pk primary key (id),
    constraint customer_groups_identifier_unique unique (identifier)
);

-- email is stored lower-case by the domain; the name keys are lower-cased copies for prefix search.
create table users (
    id uuid not null,
    email varchar(254) not null,
    first_name varchar(100) not null,
    last_name varchar(100) not null,
    first_name_key varchar(200) not null,
    last_name_key varchar(200) not null,
    phone varchar(32),
    type varchar(16) not null,
    password_hash varchar(512) not null,
    created_at timestamp with time zone not null,
    version bigint not null,
    constraint users_pk primary key (id),
    constraint users_email_unique unique (email)
);
create index users_first_name_key on users (first_name_key);
create index users_last_name_key on users (last_name_key);

create table user_staff_roles (
    user_id uuid not null,
    role_identifier varchar(64) not null,
    constraint user_staff_roles_pk primary key (user_id, role_identifier),
    constraint user_staff_roles_user_fk foreign key (user_id) references users (id) on delete cascade,
    constraint user_staff_roles_role_fk foreign key (role_identifier) references roles (identifier)
);
create index user_staff_roles_role on user_staff_roles (role_identifier);

-- name_key is the lower-cased name: the keyset order of company lists and the column of name-prefix search.
create table companies (
    id uuid not null,
    name varchar(200) not null,
    name_key varchar(400) not null,
    tax_id varchar(40) not null,
    customer_group_id uuid not null,
    sales_representative_id uuid not null,
    website varchar(2048),
    status varchar(16) not null,
    contact_person_member_id uuid,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    version bigint not null,
    constraint companies_pk primary key (id),
    constraint companies_tax_id_unique unique (tax_id),
    constraint companies_customer_group_fk foreign key (customer_group_id) references customer_groups (id),
    constraint companies_sales_representative_fk foreign key (sales_representative_id) references users (id)
);
create index companies_name_key on companies (name_key, id);
create index companies_sales_representative on companies (sales_representative_id, name_key, id);
create index companies_customer_group on companies (customer_group_id);

-- user_id is unique: a customer is a member of at most one company.
create table members (
    id uuid not null,
    company_id uuid not null,
    user_id uuid not null,
    role_identifier varchar(64) not null,
    status varchar(16) not null,
    joined_at timestamp with time zone not null,
    version bigint not null,
    constraint members_pk primary key (id),
    constraint members_company_member_unique unique (company_id, id),
    constraint members_user_unique unique (user_id),
    constraint members_company_fk foreign key (company_id) references companies (id),
    constraint members_user_fk foreign key (user_id) references users (id),
    constraint members_role_fk foreign key (role_identifier) references roles (identifier)
);
create index members_company_joined on members (company_id, joined_at, id);

-- The contact person is a member of the same company, and cannot be deleted while it is the contact person.
alter table companies add constraint companies_contact_person_fk
    foreign key (id, contact_person_member_id) references members (company_id, id);

-- open_key is company_id:email while the invitation is open and null once it is closed: a unique constraint on it
-- allows one open invitation per company and email, without the partial index H2 lacks.
create table invitations (
    id uuid not null,
    company_id uuid not null,
    email varchar(254) not null,
    role_identifier varchar(64) not null,
    invited_by uuid not null,
    created_at timestamp with time zone not null,
    expires_at timestamp with time zone not null,
    last_sent_at timestamp with time zone not null,
    send_count integer not null,
    state varchar(16) not null,
    open_key varchar(300),
    secret_seed varchar(128) not null,
    token_fingerprint varchar(128) not null,
    closed_at timestamp with time zone,
    accepted_member_id uuid,
    delivery_failure varchar(500),
    version bigint not null,
    constraint invitations_pk primary key (id),
    constraint invitations_open_unique unique (open_key),
    constraint invitations_fingerprint_unique unique (token_fingerprint),
    constraint invitations_company_fk foreign key (company_id) references companies (id),
    constraint invitations_role_fk foreign key (role_identifier) references roles (identifier),
    constraint invitations_invited_by_fk foreign key (invited_by) references users (id)
);
create index invitations_company_created on invitations (company_id, created_at, id);

create table address_books (
    company_id uuid not null,
    version bigint not null,
    constraint address_books_pk primary key (company_id),
    constraint address_books_company_fk foreign key (company_id) references companies (id)
);

-- default_key is the type while the address is its type's default and null otherwise: one default per type.
create table addresses (
    id uuid not null,
    company_id uuid not null,
    position integer not null,
    type varchar(16) not null,
    name varchar(200) not null,
    street varchar(200) not null,
    postal_code varchar(20) not null,
    city varchar(100) not null,
    region varchar(100),
    country varchar(2) not null,
    email varchar(254),
    phone varchar(32),
    tax_id varchar(40),
    is_default boolean not null,
    default_key varchar(16),
    constraint addresses_pk primary key (id),
    constraint addresses_position_unique unique (company_id, position),
    constraint addresses_default_unique unique (company_id, default_key),
    constraint addresses_book_fk foreign key (company_id) references address_books (company_id) on delete cascade
);

create table orders (
    id uuid not null,
    company_id uuid not null,
    number varchar(64) not null,
    placed_at timestamp with time zone not null,
    placed_by_member_id uuid,
    status varchar(16) not null,
    currency varchar(3) not null,
    total numeric(19, 4) not null,
    constraint orders_pk primary key (id),
    constraint orders_number_unique unique (company_id, number),
    constraint orders_company_fk foreign key (company_id) references companies (id),
    constraint orders_placed_by_fk foreign key (placed_by_member_id) references members (id) on delete set null
);
create index orders_company_placed on orders (company_id, placed_at, id);
create index orders_placed_by on orders (placed_by_member_id);

-- The history outlives what it tells of, so it holds ids without foreign keys.
create table history (
    id uuid not null,
    company_id uuid,
    at timestamp with time zone not null,
    actor_user_id uuid not null,
    action varchar(100) not null,
    constraint history_pk primary key (id)
);
create index history_company_at on history (company_id, at, id);

create table history_details (
    entry_id uuid not null,
    position integer not null,
    detail_key varchar(200) not null,
    detail_value text not null,
    constraint history_details_pk primary key (entry_id, position),
    constraint history_details_entry_fk foreign key (entry_id) references history (id) on delete cascade
);

-- Mail waiting to be sent after the transaction that wrote it committed; a dispatcher claims due rows.
create table outbox (
    id uuid not null,
    recipient varchar(254) not null,
    template varchar(100) not null,
    created_at timestamp with time zone not null,
    status varchar(16) not null,
    attempts integer not null,
    next_attempt_at timestamp with time zone not null,
    last_error varchar(1000),
    sent_at timestamp with time zone,
    constraint outbox_pk primary key (id)
);
create index outbox_due on outbox (status, next_attempt_at);

create table outbox_data (
    message_id uuid not null,
    position integer not null,
    data_key varchar(200) not null,
    data_value text not null,
    constraint outbox_data_pk primary key (message_id, position),
    constraint outbox_data_message_fk foreign key (message_id) references outbox (id) on delete cascade
);
