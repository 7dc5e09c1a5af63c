-- Workers and employers of the city (SPEC F8). ID numbers and phones are stored sealed (AES-256-GCM, nonce||ciphertext),
-- with a blind index (HMAC-SHA256, hex) for lookups and uniqueness and a masked form for lists; never in clear.
create table worker (
    id                uuid        primary key,
    -- Keycloak subject of the national worker account; 'erased:<id>' once the person asked for deletion.
    account_id        text        not null unique,
    real_name         text,
    id_number_sealed  bytea,
    id_number_index   char(64)    unique,
    id_number_masked  text,
    birth_year        int,
    phone_sealed      bytea,
    phone_index       char(64),
    phone_masked      text,
    skills            text[]      not null default '{}',
    categories        text[]      not null default '{}',
    priority_groups   text[]      not null default '{}',
    home_region_code  text,
    status            text        not null check (status in ('UNVERIFIED', 'VERIFIED', 'ERASED')),
    created_at        timestamptz not null,
    updated_at        timestamptz not null,
    version           int         not null
);
create index worker_phone_index on worker (phone_index);

create table employer (
    id                    uuid        primary key,
    account_id            text        not null unique,
    legal_name            text        not null,
    -- Public business registration data, stored in clear; masked in responses all the same.
    credit_code           text        not null unique,
    credit_code_warning   boolean     not null,
    contact_name          text        not null,
    contact_phone_sealed  bytea       not null,
    contact_phone_index   char(64)    not null,
    contact_phone_masked  text        not null,
    address               text,
    status                text        not null check (status in ('UNVERIFIED', 'VERIFIED')),
    verified_at           timestamptz,
    verified_by           text,
    created_at            timestamptz not null,
    updated_at            timestamptz not null,
    version               int         not null
);
