/**
 * Gig insurance (SPEC F7, 快工保险): owns the city's enrolments and its insurance rule. Accident or occupational-injury
 * cover is enrolled per order by its employer side, or per day for a worker by staff; a city may require cover
 * spanning an order's time before check-in, as the orders feature's {@link org.lingong.core.orders.CheckInRequirement}.
 * Contracts read the cover through {@link org.lingong.core.insurance.Coverage}.
 */
package org.lingong.core.insurance;
