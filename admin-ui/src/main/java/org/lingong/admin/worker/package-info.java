/**
 * The worker page (public, phone first, in the city's brand): open jobs within a 15-minute circle of where the worker
 * is or chooses to be, filtered and sorted, on a list and a map; grabbing a job needs a sign-in.
 */
package org.lingong.admin.worker;
