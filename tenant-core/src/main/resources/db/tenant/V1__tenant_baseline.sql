-- Every tenant schema starts with its audit trail: who did what, when, to which record.
create table audit_event (
    id      bigserial primary key,
    at      timestamptz not null default now(),
    actor   text        not null,
    action  text        not null,
    target  text,
    detail  text
);
create index audit_event_at on audit_event (at desc);
