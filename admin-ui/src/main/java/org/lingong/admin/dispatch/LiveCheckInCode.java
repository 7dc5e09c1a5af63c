package org.lingong.admin.dispatch;

import java.time.Instant;

import org.lingong.admin.api.ApiProblem;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * A market's check-in QR code and its value, as the desk and the check-in screen show them. The value changes every
 * minute; {@link #show} fetches the next one only once the shown one has rotated, so a poll every few seconds costs
 * one request a minute.
 */
final class LiveCheckInCode {

    final Div qr = new Div();
    final Span code = new Span();
    private DeskApi.CheckInCode shown;

    LiveCheckInCode(String caption) {
        qr.setId("check-in-qr");
        code.setId("check-in-code");
        qr.getElement().setAttribute("role", "img");
        qr.getElement().setAttribute("aria-label", caption);
        code.getStyle().set("word-break", "break-all").set("font-family", "monospace");
    }

    /** Shows the market's current code; a problem (the market closed, say) is shown in place of the value. */
    void show(DeskApi desk, long market) {
        if (shown != null && shown.marketId() == market && Instant.now().isBefore(shown.rotatesAt())) {
            return;
        }
        try {
            shown = desk.checkInCode(market);
            // The SVG is drawn on the server from the value alone (eight digits): no user text reaches this HTML.
            qr.getElement().setProperty("innerHTML", QrCode.svg(shown.code()));
            code.setText(shown.code());
        } catch (ApiProblem problem) {
            shown = null;
            qr.getElement().setProperty("innerHTML", "");
            code.setText(problem.getMessage());
        }
    }

    /** Forgets the shown code, so the next {@link #show} fetches (another market was chosen). */
    void reset() {
        shown = null;
    }
}
