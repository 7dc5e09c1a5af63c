package org.lingong.core.notifications;

import java.math.BigDecimal;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Writes a notification's title and line in Chinese, or in English for a reader who asked for it. */
@Component
class NotificationTexts {

    private final MessageSource messages;

    NotificationTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** Chinese unless the reader's first language is English. */
    static Locale readerLocale(String acceptLanguage) {
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                var ranges = Locale.LanguageRange.parse(acceptLanguage);
                if (!ranges.isEmpty() && ranges.getFirst().getRange().toLowerCase(Locale.ROOT).startsWith("en")) {
                    return Locale.ENGLISH;
                }
            } catch (IllegalArgumentException malformed) {
                return Locale.SIMPLIFIED_CHINESE;
            }
        }
        return Locale.SIMPLIFIED_CHINESE;
    }

    NotificationDetails details(Notification n, Locale locale) {
        String title;
        String body;
        if (n.kind() == Notification.Kind.ORDER) {
            // A step the clock took has its own words (released, no-show …); others say what the other side did.
            String key = "notifications.order." + n.orderStatus()
                    + (n.reasonCode() != null && messages.getMessage("notifications.order." + n.orderStatus() + "."
                    + n.reasonCode() + ".title", null, null, locale) != null ? "." + n.reasonCode() : "");
            title = text(key + ".title", locale, n.jobTitle());
            body = text(key + ".body", locale);
        } else {
            title = text("notifications.title", locale, n.jobTitle());
            body = text("notifications.body", locale, yuan(n.wageAmountFen()),
                    text("notifications.unit." + n.wageUnit(), locale), distance(n.distanceMetres(), locale));
        }
        return new NotificationDetails(n.id(), n.kind(), n.jobId(), title, body, n.jobTitle(), n.category(),
                n.wageAmountFen(), n.wageUnit(), n.distanceMetres(), n.orderId(), n.orderStatus(), n.createdAt(),
                n.readAt() != null);
    }

    /** 18000 fen → "180", 2550 → "25.5". */
    static String yuan(long fen) {
        return BigDecimal.valueOf(fen, 2).stripTrailingZeros().toPlainString();
    }

    /** Metres below a kilometre (to 10 m), kilometres with one decimal above. */
    private String distance(int metres, Locale locale) {
        if (metres < 1000) {
            return text("notifications.distance.metres", locale, String.valueOf(Math.max(10, Math.round(metres / 10.0) * 10)));
        }
        return text("notifications.distance.kilometres", locale,
                BigDecimal.valueOf(metres).movePointLeft(3).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString());
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
