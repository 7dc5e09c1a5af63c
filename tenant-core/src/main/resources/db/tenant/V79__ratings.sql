-- Ratings (评价): each side of a done order rates the other once — the worker its employer, the employer its worker.
-- Final once given (no update path). The comment is stored with phone and ID numbers already masked.
create table order_rating (
    id            uuid        primary key,
    order_id      uuid        not null references job_order,
    rater_side    text        not null check (rater_side in ('WORKER', 'EMPLOYER')),
    -- Who is rated: the order's employer when the worker rates, its worker when the employer rates.
    ratee_id      uuid        not null,
    rater_account text        not null,
    stars         smallint    not null check (stars between 1 and 5),
    -- Tag codes from the fixed list of the rated side, comma-separated ('' for none).
    tags          text        not null default '',
    comment       text        check (char_length(comment) <= 200),
    created_at    timestamptz not null,
    -- Once per order and side: a second rating, even racing the first, is refused here.
    unique (order_id, rater_side)
);
-- The rated person's average and count.
create index order_rating_ratee on order_rating (rater_side, ratee_id);
