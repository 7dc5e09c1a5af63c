/**
 * Gig insurance (SPEC F7, 快工保险): accident or occupational-injury cover enrolled per order by its employer side, or
 * per day for a worker by staff; a city may require cover spanning an order's time before the worker checks in.
 */
package org.lingong.core.insurance;
