package org.lingong.core.people;

/** Masks a person's name for lists: the family name stays, the rest is starred (张三丰 → 张**). */
public final class Names {

    private Names() {
    }

    public static String mask(String name) {
        if (name == null || name.isEmpty()) {
            return name;
        }
        int first = name.offsetByCodePoints(0, 1);
        return name.substring(0, first) + "*".repeat(Math.max(1, name.codePointCount(first, name.length())));
    }
}
