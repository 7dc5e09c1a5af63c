package org.lingong.core.network;

/**
 * What a carrier of the service network is: market (零工市场), station (零工驿站), village window (村级零工服务专窗) or
 * a carrier built with a partner (载体共建).
 */
enum CarrierKind {
    MARKET, STATION, WINDOW, CO_BUILT
}
