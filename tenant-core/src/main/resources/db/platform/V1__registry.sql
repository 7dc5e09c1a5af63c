-- The platform registry: provinces, administrative divisions, tenants and their domains, onboarding runs.

create table province (
    code    char(2) primary key,          -- GB/T 2260 two-digit province code
    name_zh text not null,
    name_en text not null
);

-- GB/T 2260 divisions down to county level. Codes change yearly (mergers, renames); a row is valid from a date until
-- the date it was replaced, so old records still resolve.
create table region (
    code        char(6) not null,
    valid_from  date    not null,
    valid_to    date,
    name_zh     text    not null,
    name_en     text,
    level       text    not null check (level in ('PROVINCE', 'CITY', 'COUNTY')),
    parent_code char(6),
    replaced_by char(6),
    primary key (code, valid_from)
);
create index region_parent on region (parent_code);

create table tenant (
    code                     text primary key check (code ~ '^[a-z][a-z0-9_]{1,30}$'),
    name_zh                  text        not null,
    name_en                  text        not null,
    province_code            char(2)     not null references province,
    division_code            char(6)     not null,
    center_latitude          double precision check (center_latitude between -90 and 90),   -- WGS-84, for maps
    center_longitude         double precision check (center_longitude between -180 and 180),
    status                   text        not null check (status in ('ONBOARDING', 'ACTIVE', 'SUSPENDED', 'OFFBOARDED')),
    brand_name               text,
    logo_url                 text,
    primary_color            text,
    accent_color             text,
    hotline                  text,
    target_jobs_posted       integer,
    target_registered_users  integer,
    target_employers         integer,
    target_trainings         integer,
    rate_limit_per_second    integer     not null default 50,
    created_at               timestamptz not null default now(),
    updated_at               timestamptz not null default now(),
    version                  bigint      not null default 0
);

create table tenant_domain (
    domain      text primary key,
    tenant_code text not null references tenant on delete cascade
);

create table onboarding (
    tenant_code text primary key references tenant on delete cascade,
    status      text        not null check (status in ('RUNNING', 'SUCCEEDED', 'FAILED')),
    step        text        not null,
    percent     integer     not null,
    error       text,
    started_at  timestamptz not null default now(),
    finished_at timestamptz
);

create table onboarding_log (
    id          bigserial primary key,
    tenant_code text        not null references tenant on delete cascade,
    at          timestamptz not null default now(),
    message     text        not null
);
create index onboarding_log_tenant on onboarding_log (tenant_code, id);
