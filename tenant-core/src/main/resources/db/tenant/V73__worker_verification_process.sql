-- Real-name verification becomes a process (issue 14): an authoritative check of name and number, or staff seeing the
-- person with the card, recorded with who, when and how; pending and rejected profiles with a reason.
alter table worker drop constraint worker_status_check;
alter table worker add constraint worker_status_check
    check (status in ('UNVERIFIED', 'PENDING', 'VERIFIED', 'REJECTED', 'ERASED'));
alter table worker
    add column status_reason       text check (status_reason in ('CHECK_UNAVAILABLE', 'NUMBER_CLAIMED',
        'NUMBER_PROVEN_BY_ANOTHER', 'NAME_NUMBER_MISMATCH', 'REFUSED_AT_DESK')),
    add column status_note         text,
    -- AUTHORITATIVE (by verified_by = the check's source) or IN_PERSON (verified_by = the staff member's subject).
    add column verification_method text check (verification_method in ('AUTHORITATIVE', 'IN_PERSON')),
    add column verified_by         text,
    add column verified_at         timestamptz;
-- Profiles verified before by the checksum alone keep their status; the record says how.
update worker set verification_method = 'AUTHORITATIVE', verified_by = 'checksum', verified_at = updated_at
where status = 'VERIFIED';
create index worker_status on worker (status, updated_at);
