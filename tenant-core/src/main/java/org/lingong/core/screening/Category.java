package org.lingong.core.screening;

/** What a rule looks for. The first six are discrimination (《就业促进法》第三条), the rest fraud patterns. */
enum Category {
    AGE, GENDER, REGION, ETHNICITY, MARITAL_CHILDBEARING, HEALTH, FEES, ID_WITHHELD, OFF_PLATFORM_CONTACT,
    WAGE_IMPLAUSIBLE
}
