package org.lingong.core.ratings;

import java.util.Arrays;
import java.util.List;

/**
 * The fixed tags a rating may carry, each about one side: a free list would invite labels nobody can compare (or
 * worse). Pages name them {@code rating.tag.<CODE>}.
 */
enum RatingTag {
    // About a worker, chosen by the employer: 准时, 守信, 态度好, 技能熟练, 踏实肯干, 迟到早退.
    PUNCTUAL(RatingSide.WORKER),
    RELIABLE(RatingSide.WORKER),
    FRIENDLY(RatingSide.WORKER),
    SKILLED(RatingSide.WORKER),
    HARDWORKING(RatingSide.WORKER),
    LATE(RatingSide.WORKER),
    // About an employer, chosen by the worker: 按时付款, 岗位如实, 尊重人, 安全有保障, 拖延付款, 与描述不符.
    PAID_ON_TIME(RatingSide.EMPLOYER),
    AS_POSTED(RatingSide.EMPLOYER),
    RESPECTFUL(RatingSide.EMPLOYER),
    SAFE_WORKPLACE(RatingSide.EMPLOYER),
    PAID_LATE(RatingSide.EMPLOYER),
    DIFFERED_FROM_POSTING(RatingSide.EMPLOYER);

    private final RatingSide about;

    RatingTag(RatingSide about) {
        this.about = about;
    }

    static List<String> about(RatingSide side) {
        return Arrays.stream(values()).filter(tag -> tag.about == side).map(Enum::name).toList();
    }
}
