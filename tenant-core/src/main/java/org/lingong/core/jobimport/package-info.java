/**
 * Bulk job import (CSV, JSON, xlsx feeds): owns the city's {@code job_import} runs with their progress and rejected
 * rows; posts each row through {@link org.lingong.core.jobs.Jobs}. Exposes only its REST API.
 */
package org.lingong.core.jobimport;
