/** The city's service network in the console: markets, stations, windows and co-built points, listed and edited. */
package org.lingong.admin.network;
