/**
 * Workers and employers of a city, with double real-name verification (SPEC F8): owns the city's {@code worker},
 * {@code employer}, {@code employer_address}, {@code employer_licence} and
 * {@code employer_licence_setting} tables. Employers are reviewed by
 * staff from a queue against their business licence image. Resident ID numbers (GB 11643), unified social credit codes (GB 32100) and phones are
 * checked in {@code checks}, sealed at rest in {@code pii}, shown masked, read in clear only by a city administrator
 * through an audited endpoint, erased on the worker's request. Other features ask
 * {@link org.lingong.core.people.WorkerVerification}, {@link org.lingong.core.people.EmployerVerification} and
 * {@link org.lingong.core.people.Parties}, and mask with {@link org.lingong.core.people.Masking}.
 */
package org.lingong.core.people;
