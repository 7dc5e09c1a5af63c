-- SMS codes a station desk sends to a walk-in's phone before opening their account (issue 14). Neither the phone nor
-- the code is kept: only a digest binding the attempt's id, the phone and the code. A code lives minutes, allows a
-- few wrong tries, and is deleted when used; old rows are swept when new codes are sent.
create table desk_code (
    id         uuid        primary key,
    digest     bytea       not null,
    tries      int         not null default 0,
    expires_at timestamptz not null,
    issued_by  text        not null,
    issued_at  timestamptz not null default now()
);
create index desk_code_expiry on desk_code (expires_at);
