-- Gig insurance (SPEC F7): accident or occupational-injury cover enrolled per order, or per day for a worker (all the
-- worker's orders on that Beijing calendar day). Premiums in fen.
create table insurance_enrolment (
    id             uuid        primary key,
    order_id       uuid        references job_order,
    worker_id      uuid        not null references worker,
    cover_date     date,
    type           text        not null check (type in ('ACCIDENT', 'OCCUPATIONAL_INJURY')),
    insurer        text        not null,
    policy_number  text        not null,
    coverage_start timestamptz not null,
    coverage_end   timestamptz not null,
    premium_fen    bigint      not null check (premium_fen >= 0),
    paid_by        text        not null check (paid_by in ('EMPLOYER', 'WORKER', 'GOVERNMENT', 'PLATFORM')),
    recorded_by    text        not null,
    recorded_at    timestamptz not null,
    check (coverage_end > coverage_start),
    -- Either for one order or for one day.
    check ((order_id is null) <> (cover_date is null))
);
-- An order, or a worker's day, is enrolled once per type (a group policy number may cover many of them).
create unique index insurance_enrolment_order on insurance_enrolment (order_id, type) where order_id is not null;
create unique index insurance_enrolment_day on insurance_enrolment (worker_id, cover_date, type)
    where cover_date is not null;
create index insurance_enrolment_worker on insurance_enrolment (worker_id, coverage_start);

-- The city's rule: whether a worker needs cover spanning the order's time to check in.
create table insurance_setting (
    id                   integer     primary key default 1 check (id = 1),
    require_for_check_in boolean     not null default false
);
insert into insurance_setting (id) values (1);
