package org.lingong.core.settlement;

enum ArrearsStatus {
    OPEN, RESOLVED
}
