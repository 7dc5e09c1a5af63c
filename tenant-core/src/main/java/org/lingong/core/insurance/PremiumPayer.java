package org.lingong.core.insurance;

public enum PremiumPayer {
    EMPLOYER, WORKER, GOVERNMENT, PLATFORM
}
