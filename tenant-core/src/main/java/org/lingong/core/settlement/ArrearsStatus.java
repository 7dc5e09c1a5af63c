package org.lingong.core.settlement;

public enum ArrearsStatus {
    OPEN, RESOLVED
}
