/** The city's jobs: the list with moderation (take down with a reason), and the bulk import with its row report. */
package org.lingong.admin.jobs;
