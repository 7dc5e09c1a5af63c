-- Priority groups certified by station staff against documents (SPEC F11): a group a worker only declared counts
-- nowhere; a standing (not revoked), unexpired certificate is what lets a worker take a job reserved for the group.
create table priority_group_certificate (
    id              uuid        primary key,
    worker_id       uuid        not null references worker (id),
    priority_group  text        not null,
    -- The kind of document seen at the desk; its number stays on paper, not here.
    evidence        text        not null,
    certified_by    text        not null,
    certified_at    timestamptz not null,
    -- The last day it counts, in China's calendar.
    valid_until     date        not null,
    revoked_by      text,
    revoked_at      timestamptz,
    revoke_reason   text
);
-- One standing certificate per worker and group: renewing revokes the old one in the same transaction.
create unique index priority_group_certificate_standing on priority_group_certificate (worker_id, priority_group)
    where revoked_at is null;
create index priority_group_certificate_worker on priority_group_certificate (worker_id, certified_at desc);
