-- Jobs an employer posts itself carry its verified profile.
alter table job add column employer_id uuid;
create index job_employer on job (employer_id) where employer_id is not null;
