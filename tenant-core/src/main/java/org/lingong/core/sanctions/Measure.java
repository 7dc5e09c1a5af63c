package org.lingong.core.sanctions;

/** The ladder, mildest first. */
enum Measure {
    /** 责令改正: correct by a deadline in working days; staff then check it. */
    ORDER_TO_CORRECT("责令改正"),
    /** 下架岗位: every live job of the employer comes down, once. */
    TAKE_DOWN_JOBS("下架岗位"),
    /** 暂停招用: jobs come down, and nothing is published or confirmed until the day after the last one. */
    SUSPEND("暂停招用"),
    /** 关闭账户: as a suspension without end, until lifted or revoked. */
    CLOSE("关闭账户");

    /** The measure's name in the reason a taken-down job shows its workers. */
    private final String label;

    Measure(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    boolean takesJobsDown() {
        return this != ORDER_TO_CORRECT;
    }

    boolean bansRecruiting() {
        return this == SUSPEND || this == CLOSE;
    }
}
