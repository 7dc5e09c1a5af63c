/**
 * 重点群体认定 in the city console: station staff find a worker by the ID card in hand, certify a priority group
 * against the document they saw (until a date), renew or revoke with a reason; only certified groups let a worker take
 * jobs reserved for the group.
 */
package org.lingong.admin.prioritygroups;
