-- The city's own divisions below the city, GB/T 2260 style: county 6 digits, township or street 9, community or
-- village 12. A child's code starts with its parent's; only villages can be central villages (中心村).
create table region (
    code        text primary key check (code ~ '^([0-9]{6}|[0-9]{9}|[0-9]{12})$'),
    name        text        not null check (length(name) between 1 and 100),
    level       text        not null check (level in ('COUNTY', 'TOWNSHIP', 'VILLAGE')),
    parent_code text references region (code),
    central     boolean     not null default false,
    updated_at  timestamptz not null default now(),
    check (length(code) = case level when 'COUNTY' then 6 when 'TOWNSHIP' then 9 else 12 end),
    check ((level = 'COUNTY') = (parent_code is null)),
    check (parent_code is null or starts_with(code, parent_code)),
    check (not central or level = 'VILLAGE')
);
create index region_parent on region (parent_code);
