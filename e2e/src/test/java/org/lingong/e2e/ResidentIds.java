package org.lingong.e2e;

import java.util.concurrent.ThreadLocalRandom;

/** Valid resident ID numbers (GB 11643) of people born in 宿城区 in the 1980s, new for each call. */
final class ResidentIds {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    private ResidentIds() {
    }

    static String random() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String first17 = "321302" + (1980 + random.nextInt(10)) + "%02d%02d%03d".formatted(1 + random.nextInt(12),
                1 + random.nextInt(28), random.nextInt(1000));
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }
}
