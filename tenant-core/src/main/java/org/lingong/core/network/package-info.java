/**
 * The service network (服务网络): owns the city's carriers — gig markets, stations, village windows, co-built
 * carriers — and its network rules, checked against the Anhui guideline (region levels, standard names, market area),
 * with coverage against the targets, a public directory and map. Others ask
 * {@link org.lingong.core.network.MarketCheck} whether a market is open (it implements jobs' port).
 */
package org.lingong.core.network;
