-- rate_limit_per_second is now a city's ceiling for all gateway replicas together (it was per replica, in front of
-- per-caller limits that did not exist). 50 was the old default; a city's real peak — a grab storm of a thousand
-- workers within a second or two — needs far more (docs/security.md, rate limits).
alter table platform.tenant alter column rate_limit_per_second set default 1500;
update platform.tenant set rate_limit_per_second = 1500 where rate_limit_per_second = 50;
