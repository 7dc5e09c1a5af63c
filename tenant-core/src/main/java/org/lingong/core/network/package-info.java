/**
 * The service network (服务网络): gig markets, stations, village windows and co-built carriers, checked against the
 * Anhui guideline (region levels, standard names, market area), and published as a public directory and map.
 */
package org.lingong.core.network;
