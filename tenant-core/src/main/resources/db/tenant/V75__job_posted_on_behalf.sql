-- 代发布 (issue 14): station staff post a job on behalf of an employer who phones or walks in. The job names the
-- employer (employer_id) and, as for every job, the account that posted it (posted_by: here the staff member's). This
-- flag tells such a job from the employer's own, so its details can say staff posted it without naming anyone. Every
-- job before was the employer's own or had no employer, hence the default.
alter table job add column on_behalf boolean not null default false;
-- The employer's own jobs, newest first, on its page.
drop index job_employer;
create index job_employer on job (employer_id, created_at desc) where employer_id is not null;
