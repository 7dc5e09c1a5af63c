package org.lingong.core.network;

/** The functional zones of a carrier: 综合服务区, 零工待工区, 生活服务区. */
enum ZoneType {
    SERVICE, WAITING, LIVING
}
