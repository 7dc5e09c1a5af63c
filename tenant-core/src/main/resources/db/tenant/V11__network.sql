-- The service network (服务网络): markets, stations, village windows and co-built carriers, and the city's rules.
create table network_setting (
    id               integer primary key default 1 check (id = 1),
    market_area_rule text not null default 'WARN' check (market_area_rule in ('WARN', 'BLOCK'))
);
insert into network_setting (id) values (1);

create table carrier (
    id              bigserial primary key,
    kind            text             not null check (kind in ('MARKET', 'STATION', 'WINDOW', 'CO_BUILT')),
    market_level    text check (market_level in ('CITY', 'COUNTY', 'INDUSTRY')),
    industry        text,
    co_built_type   text check (co_built_type in ('UNION_STATION', 'SANITATION_STATION', 'BANK_OUTLET', 'OTHER')),
    name            text             not null,
    region_code     text             not null,
    latitude        double precision not null check (latitude between 3 and 54),     -- WGS-84
    longitude       double precision not null check (longitude between 73 and 136),
    address         text             not null,
    opening_hours   jsonb            not null,
    services        jsonb            not null default '[]',
    hotline         text,
    complaint_phone text,
    indoor_area_m2  double precision check (indoor_area_m2 > 0),
    zones           jsonb            not null default '[]',
    facilities      jsonb            not null default '[]',
    operator_type   text             not null check (operator_type in ('GOVERNMENT', 'COMMISSIONED')),
    operator_agency text,
    status          text             not null check (status in ('PLANNED', 'OPEN', 'SUSPENDED', 'CLOSED')),
    created_at      timestamptz      not null default now(),
    updated_at      timestamptz      not null default now(),
    check ((kind = 'MARKET') = (market_level is not null)),
    check ((kind = 'CO_BUILT') = (co_built_type is not null)),
    check ((coalesce(market_level, '') = 'INDUSTRY') = (industry is not null)),
    check ((operator_type = 'COMMISSIONED') = (operator_agency is not null))
);
create index carrier_kind_status on carrier (kind, status);
create index carrier_region on carrier (region_code text_pattern_ops);
