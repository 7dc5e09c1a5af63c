-- Push of new jobs to nearby workers (issue 6, F6): where a worker is, what they want to hear about, the notifications
-- and how far the fan-out has read the jobs outbox.

-- The worker's last reported position: personal data, so only the latest one is kept, and it is deleted once stale.
create table worker_position (
    worker_id   uuid primary key references worker on delete cascade,
    latitude    double precision not null check (latitude between -90 and 90),
    longitude   double precision not null check (longitude between -180 and 180),
    located_at  timestamptz not null
);
create index worker_position_place on worker_position (latitude, longitude);

-- Without a row the defaults apply: a 15-minute walk, nothing muted.
create table notification_settings (
    worker_id         uuid primary key references worker on delete cascade,
    muted_categories  text[]      not null default '{}',
    minutes           integer     not null check (minutes between 1 and 60),
    mode              text        not null check (mode in ('WALK', 'BIKE', 'EBIKE', 'TRANSIT')),
    updated_at        timestamptz not null
);

-- One notification per worker and job, whatever replays the fan-out; the job's facts as they were when it opened.
create table notification (
    id               bigserial   primary key,
    worker_id        uuid        not null references worker on delete cascade,
    job_id           uuid        not null,
    job_title        text        not null,
    category         text        not null,
    wage_amount_fen  bigint      not null,
    wage_unit        text        not null,
    distance_m       integer     not null,
    created_at       timestamptz not null,
    read_at          timestamptz,
    unique (worker_id, job_id)
);
create index notification_inbox on notification (worker_id, id desc);

-- The last outbox event the fan-out has handled (one row). Starts at the current end: jobs opened before the feature
-- existed are not announced.
create table notification_cursor (
    single          boolean primary key default true check (single),
    last_outbox_id  bigint  not null
);
insert into notification_cursor (last_outbox_id) select coalesce(max(id), 0) from outbox_event;

-- Wakes the fan-out of every replica when a job opens, at commit (NOTIFY is transactional), whoever wrote the job.
-- Only openings notify: other job changes never take PostgreSQL's commit-time notification lock.
create function notify_job_opened() returns trigger language plpgsql as $$
begin
    perform pg_notify('lingong_job_opened', tg_table_schema);
    return null;
end
$$;
create trigger outbox_job_opened after insert on outbox_event for each row
    when (new.type in ('JobPosted', 'JobStatusChanged') and new.payload::jsonb ->> 'status' = 'OPEN')
    execute function notify_job_opened();
