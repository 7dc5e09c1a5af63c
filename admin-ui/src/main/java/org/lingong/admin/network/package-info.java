/**
 * The city's service network in the console: markets, stations, windows and co-built points, listed, created and
 * edited; the network's coverage of the city's regions and its gaps.
 */
package org.lingong.admin.network;
