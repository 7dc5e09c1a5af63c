-- The city's working calendar: the days that differ from the Monday-to-Friday week. A HOLIDAY is a day off (法定节假日
-- and the days the State Council moves next to it); a WORKDAY is a weekend day worked instead (调休上班). Deadlines
-- counted in working days (complaints, disputes) read it. Each city keeps its own copy, seeded with the national
-- schedule, because a city may add local days off or correct a year the platform has not shipped yet.
create table calendar_day (
    day         date        primary key,
    kind        text        not null check (kind in ('HOLIDAY', 'WORKDAY')),
    name        text        not null,
    updated_by  text        not null,
    updated_at  timestamptz not null default now()
);

-- 国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）.
insert into calendar_day (day, kind, name, updated_by)
select d::date, 'HOLIDAY', h.name, 'system:national-schedule'
from (values ('元旦', date '2026-01-01', date '2026-01-03'),
             ('春节', date '2026-02-15', date '2026-02-23'),
             ('清明节', date '2026-04-04', date '2026-04-06'),
             ('劳动节', date '2026-05-01', date '2026-05-05'),
             ('端午节', date '2026-06-19', date '2026-06-21'),
             ('中秋节', date '2026-09-25', date '2026-09-27'),
             ('国庆节', date '2026-10-01', date '2026-10-07')) as h (name, first_day, last_day),
     generate_series(h.first_day, h.last_day, interval '1 day') as d;

insert into calendar_day (day, kind, name, updated_by)
values (date '2026-01-04', 'WORKDAY', '元旦调休上班', 'system:national-schedule'),
       (date '2026-02-14', 'WORKDAY', '春节调休上班', 'system:national-schedule'),
       (date '2026-02-28', 'WORKDAY', '春节调休上班', 'system:national-schedule'),
       (date '2026-05-09', 'WORKDAY', '劳动节调休上班', 'system:national-schedule'),
       (date '2026-09-20', 'WORKDAY', '国庆节调休上班', 'system:national-schedule'),
       (date '2026-10-10', 'WORKDAY', '国庆节调休上班', 'system:national-schedule');
