package org.lingong.core.settlement;

/** RECORDED waits for the worker, who confirms receipt or disputes it. */
enum PaymentStatus {
    RECORDED, CONFIRMED, DISPUTED
}
