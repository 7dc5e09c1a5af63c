package org.lingong.core.contracts;

/** A contract waits for both sides' signatures, then is SIGNED and chained. */
enum ContractStatus {
    AWAITING_SIGNATURES, SIGNED
}
