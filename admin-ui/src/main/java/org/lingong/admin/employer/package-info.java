/**
 * The employer's own page (phone first, in the city's brand): its company profile, where 双实名 review stands and the
 * business licence upload that sends it to the city's review queue.
 */
package org.lingong.admin.employer;
