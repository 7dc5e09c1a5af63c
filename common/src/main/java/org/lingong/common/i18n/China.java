package org.lingong.common.i18n;

import java.time.ZoneId;

/** China's time: every date a person sees or a rule counts (deadlines, working days, validity) is in this zone. */
public final class China {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private China() {
    }
}
