package org.lingong.core.network;

/** The partner a co-built carrier shares premises with: union station, sanitation workers' station, bank outlet. */
enum CoBuiltType {
    UNION_STATION, SANITATION_STATION, BANK_OUTLET, OTHER
}
