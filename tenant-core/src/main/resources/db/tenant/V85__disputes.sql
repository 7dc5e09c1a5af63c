-- Gig labour disputes (disputes module): the city's mediators, its settings (mediation period, targets), the cases,
-- from mediation — sessions, an agreement or its failure — to arbitration and its result.

create table dispute_setting (
    id                        boolean primary key default true check (id),
    -- 劳动争议调解仲裁法 第十四条: fifteen days from the application, then either party may go to arbitration.
    mediation_days            integer not null default 15 check (mediation_days between 1 and 60),
    -- 宿迁 二(四): mediation success at least 60 %, arbitration cases closed at least 92 %.
    mediation_target_percent  integer not null default 60 check (mediation_target_percent between 0 and 100),
    arbitration_target_percent integer not null default 92 check (arbitration_target_percent between 0 and 100),
    updated_by                text,
    updated_at                timestamptz
);
insert into dispute_setting default values;

create table mediator (
    id           uuid primary key,
    name         text        not null,
    organisation text        not null,
    active       boolean     not null default true,
    added_by     text        not null,
    added_at     timestamptz not null
);

create table dispute (
    id                      uuid primary key,
    number                  bigint      generated always as identity unique,
    source                  text        not null check (source in ('STAFF', 'COMPLAINT', 'ARREARS')),
    complaint_number        bigint,
    order_id                uuid        not null references job_order,
    worker_id               uuid        not null,
    -- None for a job posted for a source that is no employer of the platform: the job names its source.
    employer_id             uuid,
    claim_fen               bigint      not null check (claim_fen >= 0),
    claim                   text        not null,
    mediator_id             uuid        not null references mediator,
    status                  text        not null
        check (status in ('MEDIATING', 'AGREED', 'MEDIATION_FAILED', 'IN_ARBITRATION', 'CLOSED')),
    opened_by               text        not null,
    opened_at               timestamptz not null,
    mediation_due_at        timestamptz not null,
    agreement_terms         text,
    agreement_fen           bigint check (agreement_fen >= 0),
    agreement_pay_by        date,
    agreed_at               timestamptz,
    signed_at               timestamptz,
    failure_reason          text,
    failed_at               timestamptz,
    commission              text,
    arbitration_case_number text,
    filed_on                date,
    filed_at                timestamptz,
    arbitration_result      text check (arbitration_result in ('AWARD', 'SETTLED', 'WITHDRAWN', 'DISMISSED')),
    award_fen               bigint check (award_fen >= 0),
    result_note             text,
    closed_at               timestamptz,
    check ((source = 'COMPLAINT') = (complaint_number is not null))
);
create index dispute_status on dispute (status, opened_at desc);
-- One case at a time per order: a closed one may be followed by a new one.
create unique index dispute_open_per_order on dispute (order_id) where status not in ('AGREED', 'CLOSED');

create table dispute_session (
    id          uuid primary key,
    dispute_id  uuid        not null references dispute on delete cascade,
    held_at     timestamptz not null,
    place       text        not null,
    notes       text        not null,
    recorded_by text        not null,
    recorded_at timestamptz not null
);
create index dispute_session_of on dispute_session (dispute_id, held_at);
