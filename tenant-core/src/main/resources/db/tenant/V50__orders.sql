-- Orders (SPEC F6, F7): a worker holding a slot of a job, by grab or by dispatch at a market, with its history.
-- The job's filled count is the slot counter; an order holds a slot from GRABBED/DISPATCHED until it is cancelled or
-- recorded as no-show. A worker's active orders never overlap in time: grabs take a row lock on the worker first.
create table job_order (
    id                     uuid        primary key,
    job_id                 uuid        not null references job,
    worker_id              uuid        not null references worker,
    employer_id            uuid,
    kind                   text        not null check (kind in ('GRAB', 'DISPATCH')),
    status                 text        not null check (status in ('GRABBED', 'DISPATCHED', 'CONFIRMED', 'CHECKED_IN',
                                                                  'COMPLETED', 'SETTLED', 'CANCELLED', 'NO_SHOW')),
    -- The job's time window, copied so overlaps are checked on this table alone.
    starts_at              timestamptz not null,
    ends_at                timestamptz not null,
    market_id              bigint,
    dispatched_by          text,
    -- Dispatch: from the later of job posting and the worker's check-in at the market, to the dispatch.
    dispatch_latency_ms    bigint,
    cancel_reason_code     text,
    cancel_reason          text,
    created_at             timestamptz not null,
    updated_at             timestamptz not null,
    version                bigint      not null default 0,
    check (ends_at > starts_at)
);
create index job_order_worker on job_order (worker_id, starts_at);
create index job_order_job on job_order (job_id);
create index job_order_employer on job_order (employer_id, created_at) where employer_id is not null;
create index job_order_created on job_order (created_at);
-- One live order per worker and job.
create unique index job_order_live on job_order (job_id, worker_id)
    where status in ('GRABBED', 'DISPATCHED', 'CONFIRMED', 'CHECKED_IN');

create table job_order_event (
    id          bigserial   primary key,
    order_id    uuid        not null references job_order,
    from_status text,
    to_status   text        not null,
    actor       text        not null,
    actor_role  text        not null check (actor_role in ('WORKER', 'EMPLOYER', 'STAFF', 'SYSTEM')),
    reason_code text,
    reason      text,
    at          timestamptz not null
);
create index job_order_event_order on job_order_event (order_id, id);

-- Workers an employer does not want to see on its jobs again.
create table employer_blocked_worker (
    employer_id uuid        not null references employer,
    worker_id   uuid        not null references worker,
    blocked_by  text        not null,
    blocked_at  timestamptz not null,
    primary key (employer_id, worker_id)
);

-- Dispatch at a market: workers check in on arrival (QR code or staff) and wait until dispatched or they leave.
create table market_check_in_code (
    market_id  bigint      primary key,
    code       text        not null unique,
    created_at timestamptz not null
);

create table market_check_in (
    id              uuid        primary key,
    market_id       bigint      not null,
    worker_id       uuid        not null references worker,
    checked_in_at   timestamptz not null,
    checked_in_by   text        not null,
    ended_at        timestamptz,
    ended_by_order  uuid        references job_order
);
-- A worker waits at one market at a time.
create unique index market_check_in_waiting on market_check_in (worker_id) where ended_at is null;
create index market_check_in_market on market_check_in (market_id, checked_in_at) where ended_at is null;
