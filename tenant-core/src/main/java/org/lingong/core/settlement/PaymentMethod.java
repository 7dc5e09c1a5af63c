package org.lingong.core.settlement;

/** How the wage was paid; every method but cash leaves a transaction reference. */
enum PaymentMethod {
    WECHAT, ALIPAY, BANK_TRANSFER, CASH, PLATFORM;

    boolean leavesReference() {
        return this != CASH;
    }
}
