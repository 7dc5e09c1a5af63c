-- Carriers (markets among them) are numbered, not UUIDs: a job's market reference follows them.
alter table job alter column market_id type bigint using null;
create index job_market on job (market_id) where market_id is not null;
