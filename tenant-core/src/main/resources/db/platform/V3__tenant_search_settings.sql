-- Search settings of a tenant: whether neighbouring tenants of the same province may show its jobs near the border,
-- and the travel speeds (metres per minute) that turn "15 minutes on foot" into a radius.
alter table tenant
    add column shares_jobs_with_neighbours boolean not null default false,
    add column speed_walk    integer not null default 75  check (speed_walk between 30 and 1000),
    add column speed_bike    integer not null default 200 check (speed_bike between 30 and 1000),
    add column speed_ebike   integer not null default 300 check (speed_ebike between 30 and 1000),
    add column speed_transit integer not null default 250 check (speed_transit between 30 and 1000);
