/**
 * What the public pages read from the platform's public API, without a token: jobs near a place or a market, the
 * city's markets and job categories, and how a job's wage, distance and start are written for people.
 */
package org.lingong.admin.nearby;
