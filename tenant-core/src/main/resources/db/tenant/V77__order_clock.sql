-- The order's clock (issue 15): timed steps the platform takes when nobody acts, with the city's limits (one row).
-- The due steps are found from the orders' own columns (no timer rows to keep in step): the partial indexes below
-- hold exactly the orders waiting for each step.
create table order_clock_setting (
    id                     integer primary key default 1 check (id = 1),
    -- A grab (or a dispatch) nobody confirms within this is released and its slot reopens.
    confirm_within_minutes integer not null default 15 check (confirm_within_minutes between 1 and 1440),
    -- A confirmed worker not checked in this long after the start is a no-show.
    no_show_after_minutes  integer not null default 30 check (no_show_after_minutes between 5 and 720),
    -- Work checked in but not marked done this long after the end is completed by rule.
    complete_after_hours   integer not null default 12 check (complete_after_hours between 1 and 168),
    -- A completed order whose pay the worker has not confirmed this long after completion becomes wage arrears.
    payment_within_days    integer not null default 7 check (payment_within_days between 1 and 60),
    -- How near the job's place a worker checks in without the employer's code.
    check_in_radius_m      integer not null default 500 check (check_in_radius_m between 50 and 5000),
    updated_by             text,
    updated_at             timestamptz
);
insert into order_clock_setting (id) values (1);

create index job_order_awaiting_confirmation on job_order (created_at) where status in ('GRABBED', 'DISPATCHED');
create index job_order_awaiting_check_in on job_order (starts_at) where status = 'CONFIRMED';
create index job_order_awaiting_completion on job_order (ends_at) where status = 'CHECKED_IN';
create index job_order_awaiting_payment on job_order (updated_at) where status = 'COMPLETED';

-- Why a wait at a market ended without a dispatch (the market closed).
alter table market_check_in add column ended_reason text;

-- A job's rotating check-in code for workers who cannot share their position: the secret behind it, made on demand.
create table job_check_in_code (
    job_id     uuid        primary key references job,
    secret     text        not null,
    created_at timestamptz not null
);

-- Notifications also tell a worker of changes to their orders made by others (confirmed, released, completed …).
alter table notification
    add column kind text not null default 'NEARBY_JOB' check (kind in ('NEARBY_JOB', 'ORDER')),
    add column order_id uuid,
    add column order_status text,
    add column reason_code text,
    alter column distance_m drop not null,
    add check ((kind = 'NEARBY_JOB') = (distance_m is not null)),
    add check ((kind = 'ORDER') = (order_id is not null and order_status is not null));
alter table notification drop constraint notification_worker_id_job_id_key;
create unique index notification_nearby_once on notification (worker_id, job_id) where kind = 'NEARBY_JOB';
create unique index notification_order_step_once on notification (order_id, order_status) where kind = 'ORDER';
