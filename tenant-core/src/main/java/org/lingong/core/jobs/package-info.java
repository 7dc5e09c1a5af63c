/**
 * Jobs: owns the city's {@code job}, {@code job_category} and {@code outbox_event} tables — posting, the job's life,
 * validity expiry, categories, the third-party share, and the nearby query in PostgreSQL
 * ({@link org.lingong.core.jobs.NearbyJobs}: the gateway's fallback when search is unreachable, and the jobs near a
 * market). Other features use {@link org.lingong.core.jobs.Jobs} and
 * {@link org.lingong.core.jobs.JobDetails}, follow every change in order through
 * {@link org.lingong.core.jobs.JobChanges} (the outbox), and hear of it through
 * {@link org.lingong.core.jobs.JobChanged} after commit; posting at a market asks the port
 * {@link org.lingong.core.jobs.OpenMarkets}, which the network implements.
 */
package org.lingong.core.jobs;
