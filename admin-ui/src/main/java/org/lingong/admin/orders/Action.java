package org.lingong.admin.orders;

/** A step a side can take on an order from its page; the bundles name each as {@code order.action.…}. */
public enum Action {
    /** The second side agrees: the worker a dispatch, the employer a grab. */
    CONFIRM,
    /** Withdraw (the worker) or decline (the employer, always with a reason); the slot goes back to the job. */
    CANCEL,
    /** Read the contract in full and sign it. */
    CONTRACT,
    CHECK_IN,
    /** The employer shows the job's rotating check-in code to a worker whose phone cannot share a position. */
    SHOW_CHECK_IN_CODE,
    COMPLETE,
    NO_SHOW,
    /** The employer records a payment. */
    RECORD_PAYMENT,
    /** The worker confirms or disputes a recorded payment. */
    ANSWER_PAYMENT
}
