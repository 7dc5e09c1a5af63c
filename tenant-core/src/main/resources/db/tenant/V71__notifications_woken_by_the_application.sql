-- The fan-out is woken by the jobs feature's after-commit event (JobChanged) in the replica that made the change, and
-- follows the job changes through the jobs feature's API: nothing of this feature belongs on the jobs outbox table.
drop trigger if exists outbox_job_opened on outbox_event;
drop function if exists notify_job_opened();
