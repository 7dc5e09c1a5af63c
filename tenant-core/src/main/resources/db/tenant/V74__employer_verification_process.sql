-- Employer verification becomes a process (issue 14, 双实名): the profile plus a business licence image goes to a
-- station desk's queue (PENDING, oldest submission first), which approves, rejects with a note, or asks for more
-- (back to UNVERIFIED with the note), each decision recorded with who and when. The profile names the legal
-- representative. A credit code whose check character
-- fails is refused now, so the warning flag goes.
alter table employer drop constraint employer_status_check;
alter table employer add constraint employer_status_check
    check (status in ('UNVERIFIED', 'PENDING', 'VERIFIED', 'REJECTED'));
alter table employer
    drop column credit_code_warning,
    add column status_reason text check (status_reason in ('MORE_REQUESTED', 'REFUSED_AT_DESK')),
    add column status_note   text,
    -- When the profile with its licence last went to the queue: the queue's order and its "waiting since".
    add column submitted_at  timestamptz,
    -- 法定代表人: a person's name, sealed and masked like the contact's (null for profiles saved before).
    add column legal_representative_sealed bytea,
    add column legal_representative_masked text;
create index employer_queue on employer (status, submitted_at);

-- The employer's business licence (营业执照): one image per employer, PNG or JPEG as its bytes prove, kept with the
-- city's data; a new upload replaces it. Staff views are audited.
create table employer_licence (
    employer_id  uuid        primary key references employer,
    content_type text        not null check (content_type in ('image/png', 'image/jpeg')),
    bytes        bytea       not null,
    size         int         not null check (size > 0),
    sha256       char(64)    not null,
    uploaded_by  text        not null,
    uploaded_at  timestamptz not null
);

-- The city's limit on a licence image, changed by its administrator; the gateway's ceiling for the path is 10 MB.
create table employer_licence_setting (
    max_bytes int not null check (max_bytes between 102400 and 10485760)
);
insert into employer_licence_setting (max_bytes) values (5242880);
