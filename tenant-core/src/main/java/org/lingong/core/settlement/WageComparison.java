package org.lingong.core.settlement;

/** A recorded amount against the agreed wage of the order, for the worker to see before confirming. */
enum WageComparison {
    BELOW_AGREED, AS_AGREED, ABOVE_AGREED, NOT_COUNTABLE;

    static WageComparison of(long amountFen, Long agreedFen) {
        if (agreedFen == null) {
            return NOT_COUNTABLE;
        }
        int sign = Long.compare(amountFen, agreedFen);
        return sign < 0 ? BELOW_AGREED : sign == 0 ? AS_AGREED : ABOVE_AGREED;
    }
}
