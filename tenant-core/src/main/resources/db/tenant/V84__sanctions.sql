-- Sanctions (SPEC F9): the ladder of measures the city applies to an employer of its platform — 责令改正 (correct
-- by a deadline, then a check), 下架岗位 (its live jobs taken down), 暂停招用 (no publishing or confirming until a
-- day), 关闭账户 (for good, until lifted) — each with its grounds, who decided, and one appeal. An appeal does not
-- stay the measure (行政复议期间不停止执行); revoking it ends the measure.
create table sanction (
    id              uuid        primary key,
    -- What letters and phone calls quote: 处理决定 #5.
    number          bigint      generated always as identity unique,
    employer_id     uuid        not null,
    measure         text        not null
                                check (measure in ('ORDER_TO_CORRECT', 'TAKE_DOWN_JOBS', 'SUSPEND', 'CLOSE')),
    -- Why (the facts and the rule broken) and what is decided; phone and ID numbers starred before storing.
    grounds         text        not null,
    decision        text        not null,
    decided_by      text        not null,
    decided_at      timestamptz not null,
    -- Correct by (ORDER_TO_CORRECT) or suspended until (SUSPEND), exclusive; no term for the other two.
    ends_at         timestamptz,
    jobs_taken_down integer     not null default 0,
    -- How it ended other than by its term: the check of a correction, lifted early, or revoked on appeal.
    outcome         text        check (outcome in ('CORRECTED', 'NOT_CORRECTED', 'LIFTED', 'REVOKED')),
    outcome_note    text,
    outcome_by      text,
    outcome_at      timestamptz,
    check ((measure in ('ORDER_TO_CORRECT', 'SUSPEND')) = (ends_at is not null)),
    check ((outcome is null) = (outcome_at is null))
);
create index sanction_of_employer on sanction (employer_id, decided_at desc);

-- One appeal per sanction, by the employer; decided by the city admin.
create table sanction_appeal (
    sanction_id   uuid        primary key references sanction (id),
    grounds       text        not null,
    filed_by      text        not null,
    filed_at      timestamptz not null,
    result        text        check (result in ('UPHELD', 'REVOKED')),
    result_note   text,
    decided_by    text,
    decided_at    timestamptz,
    check ((result is null) = (decided_at is null))
);
