package org.lingong.core.disputes;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.lingong.common.i18n.China;
import org.lingong.core.documents.ChineseFont;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The two documents of a case, A4 in Chinese: the mediation agreement (调解协议书) the parties and the mediator sign on
 * paper, and the case file (案件材料) for the labour arbitration commission with the mediation record and the order's
 * evidence. Parties appear as every response shows them: the worker's name masked.
 */
@Component
class DisputePdf {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(China.ZONE);

    private final ChineseFont font;
    private final MessageSource messages;
    private final Clock clock;

    DisputePdf(ChineseFont font, MessageSource messages, Clock clock) {
        this.font = font;
        this.messages = messages;
        this.clock = clock;
    }

    /** The agreement of a case whose mediation agreed. */
    byte[] agreement(DisputeDetails dispute) {
        Writer pdf = new Writer(label("disputes.pdf.agreement.title"), dispute);
        pdf.parties();
        pdf.heading("disputes.pdf.claim");
        pdf.text(dispute.claim() + label("disputes.pdf.claim-amount", yuan(dispute.claimFen())));
        pdf.sessions();
        pdf.heading("disputes.pdf.terms");
        DisputeDetails.Agreement agreement = dispute.agreement();
        pdf.text(agreement.terms());
        pdf.text(label("disputes.pdf.terms-amount", yuan(agreement.amountFen()), agreement.payBy()));
        pdf.text(label("disputes.pdf.effect"));
        PdfPTable signatures = new PdfPTable(3);
        signatures.setWidthPercentage(100);
        signatures.setSpacingBefore(24);
        for (String who : new String[] {"disputes.pdf.sign.worker", "disputes.pdf.sign.employer",
            "disputes.pdf.sign.mediator"}) {
            PdfPCell cell = new PdfPCell(new Paragraph(label(who) + "\n\n\n" + label("disputes.pdf.sign.date"),
                    pdf.text));
            cell.setPadding(8);
            signatures.addCell(cell);
        }
        pdf.add(signatures);
        return pdf.finish();
    }

    /** The case file of a case whose mediation failed, for the arbitration commission. */
    byte[] caseFile(DisputeDetails dispute) {
        Writer pdf = new Writer(label("disputes.pdf.case-file.title"), dispute);
        pdf.parties();
        pdf.heading("disputes.pdf.claim");
        pdf.text(dispute.claim() + label("disputes.pdf.claim-amount", yuan(dispute.claimFen())));
        pdf.sessions();
        if (dispute.failure() != null) {
            pdf.heading("disputes.pdf.failure");
            pdf.text(dispute.failure().reason() + "（" + TIME.format(dispute.failure().failedAt()) + "）");
        }
        DisputeDetails.Evidence evidence = dispute.evidence();
        pdf.heading("disputes.pdf.evidence");
        pdf.text(label("disputes.pdf.evidence.order", evidence.jobTitle(), evidence.jobAddress(),
                TIME.format(evidence.startsAt()), TIME.format(evidence.endsAt()),
                evidence.wageFen() == null ? "—" : yuan(evidence.wageFen()),
                label("disputes.pdf.unit." + evidence.wageUnit()), label("disputes.pdf.order-status." + evidence.orderStatus())));
        evidence.steps().forEach(step -> pdf.text(label("disputes.pdf.evidence.step", TIME.format(step.at()),
                label("disputes.pdf.order-status." + step.to()), label("disputes.pdf.side." + step.side()),
                step.reason() == null ? "" : "：" + step.reason())));
        pdf.text(evidence.contract() == null ? label("disputes.pdf.evidence.no-contract")
                : label("disputes.pdf.evidence.contract", evidence.contract().contractNumber(),
                        evidence.contract().documentHash(), label(evidence.contract().chainIntact()
                                ? "disputes.pdf.evidence.chain-intact" : "disputes.pdf.evidence.chain-broken")));
        if (evidence.payments().isEmpty()) {
            pdf.text(label("disputes.pdf.evidence.no-payment"));
        }
        evidence.payments().forEach(paid -> pdf.text(label("disputes.pdf.evidence.payment", yuan(paid.amountFen()),
                label("disputes.pdf.payment-method." + paid.method()), TIME.format(paid.paidAt()),
                label("disputes.pdf.payment-status." + paid.status()))));
        evidence.arrears().forEach(owed -> pdf.text(label("disputes.pdf.evidence.arrears", yuan(owed.amountOwedFen()),
                TIME.format(owed.reportedAt()), owed.reason())));
        if (dispute.arbitration() != null) {
            pdf.heading("disputes.pdf.arbitration");
            pdf.text(label("disputes.pdf.arbitration.filed", dispute.arbitration().commission(),
                    dispute.arbitration().caseNumber(), dispute.arbitration().filedOn()));
        }
        return pdf.finish();
    }

    private static String yuan(long fen) {
        return "%d.%02d".formatted(fen / 100, fen % 100);
    }

    private String label(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.SIMPLIFIED_CHINESE);
    }

    /** One document being written: its fonts, its heading with the case's number and its parts. */
    private final class Writer {

        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        private final DisputeDetails dispute;
        private final Font heading;
        private final Font text;

        Writer(String title, DisputeDetails dispute) {
            this.dispute = dispute;
            BaseFont base = font.get();
            this.heading = new Font(base, 12, Font.BOLD);
            this.text = new Font(base, 10.5f);
            PdfWriter.getInstance(document, out);
            document.addTitle(title);
            document.open();
            Paragraph head = new Paragraph(title, new Font(base, 18));
            head.setAlignment(Element.ALIGN_CENTER);
            add(head);
            Paragraph number = new Paragraph(label("disputes.pdf.number", dispute.number()), text);
            number.setAlignment(Element.ALIGN_RIGHT);
            number.setSpacingAfter(12);
            add(number);
        }

        void parties() {
            heading("disputes.pdf.parties");
            text(label("disputes.pdf.worker", dispute.workerName()));
            text(label("disputes.pdf.employer", dispute.employerName()));
            text(label("disputes.pdf.mediator", dispute.mediator().name(), dispute.mediator().organisation()));
        }

        void sessions() {
            heading("disputes.pdf.sessions");
            if (dispute.sessions().isEmpty()) {
                text(label("disputes.pdf.no-session"));
            }
            dispute.sessions().forEach(session -> text(TIME.format(session.heldAt()) + "  " + session.place() + "："
                    + session.notes()));
        }

        void heading(String key) {
            Paragraph paragraph = new Paragraph(label(key), heading);
            paragraph.setSpacingBefore(10);
            paragraph.setSpacingAfter(2);
            add(paragraph);
        }

        void text(String line) {
            Paragraph paragraph = new Paragraph(16, line, text);
            paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
            add(paragraph);
        }

        void add(Element element) {
            document.add(element);
        }

        byte[] finish() {
            text(label("disputes.pdf.made", TIME.format(clock.instant())));
            document.close();
            return out.toByteArray();
        }
    }
}
