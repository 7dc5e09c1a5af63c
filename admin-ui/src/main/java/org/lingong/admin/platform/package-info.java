/** The platform console: every city with its status, suspending and resuming one, onboarding a new one. */
package org.lingong.admin.platform;
