-- Bulk imports of jobs from external feeds: progress and the report of rejected rows.
create table job_import (
    id          uuid primary key,
    file_name   text,
    format      text        not null check (format in ('CSV', 'JSON', 'XLSX')),
    status      text        not null check (status in ('RUNNING', 'DONE')),
    total       integer     not null,
    processed   integer     not null default 0,
    accepted    integer     not null default 0,
    rejected    text        not null default '[]',
    created_by  text        not null,
    created_at  timestamptz not null,
    finished_at timestamptz
);
