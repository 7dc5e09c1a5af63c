package org.lingong.core.insurance;

public enum InsuranceType {
    ACCIDENT, OCCUPATIONAL_INJURY
}
