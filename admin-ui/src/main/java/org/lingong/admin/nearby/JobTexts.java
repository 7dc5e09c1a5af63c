package org.lingong.admin.nearby;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.vaadin.flow.i18n.I18NProvider;
import org.lingong.common.i18n.China;

/** A job's facts as people read them, in the UI language: 180 元/天, 1.2 公里, 11月25日 08:00 开工. */
public final class JobTexts {

    public static final ZoneId CHINA = China.ZONE;

    private JobTexts() {
    }

    /** Money is kept in fen; people read yuan, without ".00" on whole amounts. */
    public static String wage(NearbyJobs.Wage wage, Locale language) {
        NumberFormat yuan = NumberFormat.getNumberInstance(language);
        yuan.setMaximumFractionDigits(2);
        return I18NProvider.translate("nearby.wage", yuan.format(BigDecimal.valueOf(wage.amountFen()).movePointLeft(2)),
                I18NProvider.translate("nearby.unit." + wage.unit()));
    }

    public static String distance(long meters) {
        return meters < 1000 ? I18NProvider.translate("nearby.meters", meters)
                : I18NProvider.translate("nearby.kilometres",
                        BigDecimal.valueOf(meters).movePointLeft(3).setScale(1, RoundingMode.HALF_UP));
    }

    /** When work starts, in China's time whatever the server's zone: 11月25日 08:00. */
    public static String startTime(Instant startsAt, Locale language) {
        return DateTimeFormatter.ofPattern(I18NProvider.translate("nearby.date-pattern"), language)
                .format(startsAt.atZone(CHINA));
    }
}
