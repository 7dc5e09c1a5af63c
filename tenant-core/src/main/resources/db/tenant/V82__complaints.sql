-- Complaints and reports (投诉举报, SPEC F9): anyone reports a job, an employer or an agency; the city's staff take
-- each through received → accepted (or rejected) → investigating → decided → closed within the city's deadlines,
-- counted in working days of the city's calendar.

-- The city's deadlines (one row), in working days; reminders come this many hours before a deadline.
create table complaint_setting (
    id                  integer     primary key check (id = 1),
    accept_within_days  integer     not null check (accept_within_days between 1 and 30),
    decide_within_days  integer     not null check (decide_within_days between 1 and 90),
    close_within_days   integer     not null check (close_within_days between 1 and 30),
    remind_before_hours integer     not null check (remind_before_hours between 1 and 72),
    updated_by          text        not null,
    updated_at          timestamptz not null default now()
);
insert into complaint_setting (id, accept_within_days, decide_within_days, close_within_days, remind_before_hours,
                               updated_by)
values (1, 1, 15, 5, 24, 'system:defaults');

create table complaint (
    id              uuid        primary key,
    -- What people quote on the phone: 投诉 #17.
    number          bigint      generated always as identity unique,
    subject_kind    text        not null check (subject_kind in ('JOB', 'EMPLOYER', 'AGENCY')),
    -- The job or employer of this city; null for an agency, which may not be on the platform at all.
    subject_id      uuid,
    subject_name    text        not null,
    category        text        not null,
    -- Phone and ID numbers masked before storing: the text is shown to staff and the party concerned.
    text            text        not null,
    channel         text        not null check (channel in ('WORKER_PAGE', 'EMPLOYER_WORKSPACE', 'HOTLINE')),
    -- The reporter's account, kept even when anonymous so they can follow it; anonymous hides it from everyone else.
    reporter        text,
    anonymous       boolean     not null,
    status          text        not null,
    received_at     timestamptz not null,
    -- The current step's deadline; null once closed or rejected.
    due_at          timestamptz,
    reminded_at     timestamptz,
    escalated_at    timestamptz,
    updated_at      timestamptz not null,
    check ((subject_kind = 'AGENCY') = (subject_id is null))
);
-- The desk's queue, most urgent first, and the clock's due scan.
create index complaint_open_due on complaint (due_at) where due_at is not null;
create index complaint_reporter on complaint (reporter, received_at desc) where reporter is not null;
create index complaint_subject on complaint (subject_id) where subject_id is not null;

-- Every step, by whom and why: the record the reporter and a later review read.
create table complaint_step (
    id            bigserial   primary key,
    complaint_id  uuid        not null references complaint (id),
    status        text        not null,
    note          text,
    by_name       text        not null,
    at            timestamptz not null,
    due_at        timestamptz
);
create index complaint_step_of on complaint_step (complaint_id, id);
