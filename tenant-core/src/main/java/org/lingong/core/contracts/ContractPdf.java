package org.lingong.core.contracts;

import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.lingong.core.contracts.ContractDetails.SignatureDetails;
import org.lingong.core.documents.ChineseFont;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.HeaderFooter;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Renders a contract as an A4 PDF: title, the filled text (a "## " line is a clause heading), and a signature block
 * with each side's signer, time (Asia/Shanghai) and the document hash signed. Labels are Chinese, like the text.
 */
@Component
class ContractPdf {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ContractDrafts.SHANGHAI);

    private final ChineseFont font;
    private final MessageSource messages;

    ContractPdf(ChineseFont font, MessageSource messages) {
        this.font = font;
        this.messages = messages;
    }

    byte[] render(ContractDetails contract) {
        BaseFont base = font.get();
        Font title = new Font(base, 18);
        Font heading = new Font(base, 12, Font.BOLD);
        Font text = new Font(base, 10.5f);
        Font small = new Font(base, 8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        PdfWriter.getInstance(document, out);
        document.addTitle(contract.title());
        document.addSubject(contract.contractNumber());
        HeaderFooter footer = new HeaderFooter(new Phrase(label("contracts.pdf.footer", contract.contractNumber()), small),
                new Phrase(label("contracts.pdf.page"), small));
        footer.setAlignment(Element.ALIGN_CENTER);
        footer.setBorder(Rectangle.NO_BORDER);
        document.setFooter(footer);
        document.open();

        Paragraph heads = new Paragraph(contract.title(), title);
        heads.setAlignment(Element.ALIGN_CENTER);
        heads.setSpacingAfter(16);
        document.add(heads);
        for (String line : contract.body().split("\n", -1)) {
            document.add(line.startsWith("## ") ? clauseHeading(line.substring(3), heading) : line(line, text));
        }
        document.add(signatureBlock(contract, text, small));
        document.close();
        return out.toByteArray();
    }

    private static Paragraph clauseHeading(String line, Font font) {
        Paragraph paragraph = new Paragraph(line, font);
        paragraph.setSpacingBefore(8);
        paragraph.setSpacingAfter(2);
        return paragraph;
    }

    private static Paragraph line(String line, Font font) {
        Paragraph paragraph = new Paragraph(16, line.isEmpty() ? " " : line, font);
        paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
        return paragraph;
    }

    private PdfPTable signatureBlock(ContractDetails contract, Font text, Font small) {
        Map<SignerRole, SignatureDetails> signed = contract.signatures().stream()
                .collect(Collectors.toMap(SignatureDetails::role, Function.identity()));
        PdfPTable table = new PdfPTable(2);
        table.setWidthPercentage(100);
        table.setSpacingBefore(20);
        table.addCell(cell(label("contracts.pdf.employer-signature"), text));
        table.addCell(cell(label("contracts.pdf.worker-signature"), text));
        table.addCell(cell(signature(signed.get(SignerRole.EMPLOYER)), small));
        table.addCell(cell(signature(signed.get(SignerRole.WORKER)), small));
        PdfPCell status = cell(label("contracts.pdf.status." + contract.status().name())
                + "\n" + label("contracts.pdf.document-hash", contract.documentHash()), small);
        status.setColspan(2);
        table.addCell(status);
        return table;
    }

    private String signature(SignatureDetails signature) {
        if (signature == null) {
            return label("contracts.pdf.unsigned");
        }
        return label("contracts.pdf.signature", signature.signerAccountId(), TIME.format(signature.signedAt()),
                signature.documentHash(), signature.chainEntryHash());
    }

    private static PdfPCell cell(String content, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(content, font));
        cell.setPadding(6);
        cell.setLeading(0, 1.4f);
        return cell;
    }

    private String label(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.SIMPLIFIED_CHINESE);
    }
}
