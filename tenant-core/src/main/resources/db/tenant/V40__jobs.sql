-- Gigs: categories (built-in ones from the seeds, extensible per city), jobs with source channel and validity,
-- and the outbox that carries every job change to the search service in the same transaction.

create table job_category (
    code    text primary key check (code ~ '^[a-z][a-z0-9_]{1,40}$'),
    name_zh text    not null,
    name_en text    not null,
    builtin boolean not null default false,
    active  boolean not null default true
);

insert into job_category (code, name_zh, name_en, builtin) values
  ('agriculture', '农业种植', 'Agriculture', true),
  ('domestic', '家政服务', 'Domestic service', true),
  ('ecommerce', '电子商务', 'E-commerce', true),
  ('construction', '建筑装修', 'Construction and decoration', true),
  ('instant_delivery', '即时配送', 'Instant delivery', true),
  ('express', '快递', 'Express', true),
  ('elderly_care', '养老护理', 'Elderly care', true),
  ('childcare', '育婴托育', 'Childcare', true),
  ('education', '教育培训', 'Education and training', true),
  ('catering', '餐饮服务', 'Catering', true),
  ('advertising', '广告宣传', 'Advertising', true),
  ('logistics', '物流搬运', 'Logistics', true),
  ('property', '物业管理', 'Property management', true),
  ('repair', '维修服务', 'Repair', true),
  ('beauty', '美容美发', 'Beauty and hairdressing', true);

create table job (
    id                uuid primary key,
    title             text        not null check (char_length(title) between 2 and 60),
    category          text        not null references job_category,
    description       text        check (char_length(description) <= 2000),
    wage_amount_fen   bigint      not null check (wage_amount_fen > 0),
    wage_unit         text        not null check (wage_unit in ('HOUR', 'DAY', 'PIECE', 'MONTH')),
    slots             integer     not null check (slots between 1 and 10000),
    filled            integer     not null default 0,
    latitude          double precision not null check (latitude between -90 and 90),
    longitude         double precision not null check (longitude between -180 and 180),
    address           text,
    market_id         uuid,
    starts_at         timestamptz not null,
    ends_at           timestamptz not null,
    term              text        not null check (term in ('SHORT', 'LONG')),
    requirements      text        check (char_length(requirements) <= 1000),
    contact_policy    text        not null check (contact_policy in ('PLATFORM_ONLY', 'AFTER_ACCEPTANCE')),
    source_channel    text        not null check (source_channel in ('GOVERNMENT', 'THIRD_PARTY', 'EMPLOYER', 'EXTERNAL_FEED')),
    source_name       text,
    external_ref      text,
    priority_groups   text[]      not null default '{}',
    status            text        not null check (status in ('DRAFT', 'OPEN', 'FILLED', 'CLOSED', 'EXPIRED', 'TAKEN_DOWN')),
    valid_until       timestamptz not null,
    status_reason     text,
    posted_by         text        not null,
    created_at        timestamptz not null,
    updated_at        timestamptz not null,
    version           bigint      not null default 0,
    check (ends_at > starts_at),
    check (filled between 0 and slots)
);
create index job_open_until on job (valid_until) where status = 'OPEN';
create index job_status_category on job (status, category);
create unique index job_external_ref on job (source_name, external_ref) where external_ref is not null;

create table outbox_event (
    id                bigserial primary key,
    aggregate_id      uuid        not null,
    aggregate_version bigint      not null,
    type              text        not null,
    payload           text        not null,
    created_at        timestamptz not null default now(),
    published_at      timestamptz
);
create index outbox_unpublished on outbox_event (id) where published_at is null;
