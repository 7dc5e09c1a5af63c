/**
 * Workers and employers of a city, with double real-name verification (SPEC F8): resident ID numbers (GB 11643),
 * unified social credit codes (GB 32100) and phones checked in {@code checks}, sealed at rest in {@code pii}, shown
 * masked, read in clear only by a city administrator through an audited endpoint, erased on the worker's request.
 */
package org.lingong.core.people;
