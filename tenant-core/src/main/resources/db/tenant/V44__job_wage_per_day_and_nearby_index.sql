-- The wage per working day (jobs.WageUnit decides it: hour x 8, day, month / 21.75 half up, piece null), stored so
-- the nearby query can filter on it; and the index of the PostgreSQL nearby query (the fallback when search is down):
-- a bounding box on (latitude, longitude) over open jobs, the filter columns included so the planner filters in the
-- index and fetches only the page's rows.
alter table job add column wage_per_day_fen bigint;
update job set wage_per_day_fen = case wage_unit
    when 'HOUR' then wage_amount_fen * 8
    when 'DAY' then wage_amount_fen
    when 'MONTH' then round(wage_amount_fen / 21.75)
    end;
create index job_open_nearby on job (latitude, longitude)
    include (category, wage_per_day_fen, valid_until, slots, filled, starts_at, term, source_channel, created_at)
    where status = 'OPEN';
