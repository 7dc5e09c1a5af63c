-- Settlement (SPEC F7): what the employer's side paid for a completed order, and the worker's answer; wage-arrears
-- reports (欠薪) from disputes or unpaid orders, for city staff. Amounts in fen.
create table wage_payment (
    id           uuid        primary key,
    order_id     uuid        not null references job_order,
    -- Copied from the order so totals per worker and employer need no join.
    worker_id    uuid        not null references worker,
    employer_id  uuid,
    amount_fen   bigint      not null check (amount_fen > 0),
    -- The order's wage when countable (hourly, daily), to compare the amount with.
    agreed_fen   bigint      check (agreed_fen > 0),
    method       text        not null check (method in ('WECHAT', 'ALIPAY', 'BANK_TRANSFER', 'CASH', 'PLATFORM')),
    paid_at      timestamptz not null,
    reference    text,
    status       text        not null check (status in ('RECORDED', 'CONFIRMED', 'DISPUTED')),
    recorded_by  text        not null,
    recorded_at  timestamptz not null,
    answered_at  timestamptz,
    version      bigint      not null default 0,
    check (method = 'CASH' or reference is not null)
);
-- One payment at a time waits for the worker's answer.
create unique index wage_payment_awaiting on wage_payment (order_id) where status = 'RECORDED';
-- A transfer is recorded once.
create unique index wage_payment_reference on wage_payment (method, reference) where reference is not null;
create index wage_payment_order on wage_payment (order_id, recorded_at);
create index wage_payment_worker on wage_payment (worker_id, paid_at);
create index wage_payment_employer on wage_payment (employer_id, paid_at) where employer_id is not null;
create index wage_payment_paid on wage_payment (paid_at);

create table wage_arrears (
    id                  uuid        primary key,
    order_id            uuid        not null references job_order,
    -- The disputed payment; null when the worker reports that nothing was paid.
    payment_id          uuid        references wage_payment,
    worker_id           uuid        not null references worker,
    employer_id         uuid,
    amount_owed_fen     bigint      not null check (amount_owed_fen > 0),
    reason              text        not null,
    status              text        not null check (status in ('OPEN', 'RESOLVED')),
    reported_by         text        not null,
    reported_at         timestamptz not null,
    resolved_by         text,
    resolved_at         timestamptz,
    resolution_note     text,
    -- Set when the worker's confirmation of a later payment closed the report.
    resolved_by_payment uuid        references wage_payment,
    version             bigint      not null default 0,
    check ((status = 'OPEN') = (resolved_at is null))
);
-- One open report per order.
create unique index wage_arrears_open on wage_arrears (order_id) where status = 'OPEN';
create index wage_arrears_status on wage_arrears (status, reported_at);
create index wage_arrears_worker on wage_arrears (worker_id);
create index wage_arrears_employer on wage_arrears (employer_id) where employer_id is not null;
