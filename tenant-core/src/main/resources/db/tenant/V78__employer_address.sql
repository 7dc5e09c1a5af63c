-- An employer's saved places (总店, 仓库) it posts jobs at (issue 15): picked in the posting form instead of the map.
-- A company's business data, not personal data, so kept as typed. At most 20 per employer (checked by the API).
create table employer_address (
    id          uuid             primary key,
    employer_id uuid             not null references employer,
    label       text             not null,
    address     text             not null,
    latitude    double precision not null,
    longitude   double precision not null,
    created_at  timestamptz      not null,
    unique (employer_id, label)
);
