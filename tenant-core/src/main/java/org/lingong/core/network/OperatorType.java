package org.lingong.core.network;

/** Who runs a carrier: the bureau itself or an agency commissioned by it. */
enum OperatorType {
    GOVERNMENT, COMMISSIONED
}
