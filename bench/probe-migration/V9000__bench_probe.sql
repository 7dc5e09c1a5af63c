-- A harmless migration the tenancy benchmark applies to every tenant schema to time a platform-wide migration.
create table bench_probe (id bigint primary key, note text);
create index bench_probe_note on bench_probe (note);
