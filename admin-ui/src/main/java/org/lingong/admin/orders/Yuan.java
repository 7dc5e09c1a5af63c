package org.lingong.admin.orders;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.OptionalLong;

/** People type and read yuan; the API keeps fen. */
public final class Yuan {

    private Yuan() {
    }

    /**
     * The fen of an amount typed in yuan ({@code 50}, {@code 50.5}, {@code ¥1,200.00}); none if it is no amount or has
     * more than two decimals. Whether it is plausible (positive, not ten times the wage) is the API's to judge.
     */
    public static OptionalLong toFen(String typed) {
        // Currency signs, the unit in words and thousands separators go; what is left must be the number.
        String amount = typed == null ? "" : typed.replaceAll("[\\p{Sc}\\p{IsHan},，\\s]", "");
        if (!amount.matches("-?\\d{1,12}(\\.\\d{1,2})?")) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(new BigDecimal(amount).movePointRight(2).longValueExact());
    }

    /** 50, 50.5, 1,200: without ".00" on whole amounts. */
    public static String format(long fen, Locale language) {
        NumberFormat yuan = NumberFormat.getNumberInstance(language);
        yuan.setMaximumFractionDigits(2);
        yuan.setMinimumFractionDigits(fen % 100 == 0 ? 0 : 2);
        return yuan.format(BigDecimal.valueOf(fen).movePointLeft(2));
    }
}
