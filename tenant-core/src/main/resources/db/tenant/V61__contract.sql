-- Contracts (SPEC F7): one per order, its text filled from the template version it names and never changed after.
-- content_hash is SHA-256 of the canonical document (title, blank line, body; UTF-8): what both sides sign.
create table contract (
    id                  uuid        primary key,
    order_id            uuid        not null unique references job_order,
    contract_number     text        not null unique,
    template_version    integer     not null references contract_template,
    title               text        not null,
    body                text        not null,
    content_hash        char(64)    not null,
    worker_id           uuid        not null references worker,
    worker_account_id   text        not null,
    -- Without an employer profile (a job staff posted for a department or agency) staff sign for the employer side.
    employer_id         uuid        references employer,
    employer_account_id text,
    status              text        not null check (status in ('AWAITING_SIGNATURES', 'SIGNED')),
    created_at          timestamptz not null,
    signed_at           timestamptz,
    version             bigint      not null default 0
);

-- Click-to-sign: the authenticated account, its side, when, and the document hash it was shown and signed.
create table contract_signature (
    contract_id       uuid        not null references contract,
    role              text        not null check (role in ('WORKER', 'EMPLOYER')),
    signer_account_id text        not null,
    signed_at         timestamptz not null,
    document_hash     char(64)    not null,
    primary key (contract_id, role)
);

-- The city's tamper-evidence chain: every signature, and every contract once both sides signed, appends an entry
-- whose hash covers the previous entry's hash, so changing or removing any row breaks every later link.
-- entry_hash = SHA-256(previous_hash ‖ content_hash ‖ signature_data ‖ recorded_at) (docs/contracts.md).
create table contract_chain (
    seq            bigint      primary key,
    kind           text        not null check (kind in ('SIGNATURE', 'CONTRACT_SIGNED')),
    contract_id    uuid        not null references contract,
    role           text        check (role in ('WORKER', 'EMPLOYER')),
    content_hash   char(64)    not null,
    signature_data text        not null,
    recorded_at    timestamptz not null,
    previous_hash  char(64)    not null,
    entry_hash     char(64)    not null unique,
    check ((kind = 'SIGNATURE') = (role is not null))
);
create index contract_chain_contract on contract_chain (contract_id, seq);
