package org.lingong.e2e;

import java.util.concurrent.ThreadLocalRandom;

/** Valid unified social credit codes (GB 32100) of companies registered in 宿城区, new for each call. */
final class CreditCodes {

    private static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCodes() {
    }

    static String random() {
        String first17 = "91321302MA" + ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARACTERS.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return first17 + CHARACTERS.charAt((31 - sum % 31) % 31);
    }
}
