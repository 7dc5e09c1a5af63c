package org.lingong.core.documents;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.openpdf.text.pdf.BaseFont;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The CJK font every PDF of the platform embeds — contracts, mediation agreements, arbitration case files — as a
 * subset per document, so files stay small. By default Debian's {@code fonts-noto-cjk}, face Noto Sans CJK SC of its
 * collection; configurable ({@code lingong.contracts.font-file}, the first PDF's name for it), and a clear 503 when it
 * is missing, never a PDF with blank Chinese.
 */
@Component
public class ChineseFont {

    private static final Logger log = LoggerFactory.getLogger(ChineseFont.class);

    private final Path file;
    private final String face;
    private volatile BaseFont font;

    ChineseFont(@Value("${lingong.contracts.font-file}") Path file, @Value("${lingong.contracts.font-face}") String face) {
        this.file = file;
        this.face = face;
        if (!Files.isReadable(file)) {
            log.warn("PDFs need the CJK font {}, which is missing (Debian: apt-get install fonts-noto-cjk, "
                    + "or set lingong.contracts.font-file)", file);
        }
    }

    public BaseFont get() {
        BaseFont loaded = font;
        if (loaded == null) {
            synchronized (this) {
                if (font == null) {
                    font = load();
                }
                loaded = font;
            }
        }
        return loaded;
    }

    private BaseFont load() {
        if (!Files.isReadable(file)) {
            throw new ProblemException(ProblemType.CONTRACT_FONT_MISSING, file.toString());
        }
        try {
            String name = file.toString();
            if (name.toLowerCase(Locale.ROOT).endsWith(".ttc")) {
                int index = Arrays.asList(BaseFont.enumerateTTCNames(name)).indexOf(face);
                if (index < 0) {
                    throw new IllegalStateException("the font collection " + file + " has no face " + face);
                }
                name = name + "," + index;
            }
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (IOException e) {
            throw new IllegalStateException("the CJK font " + file + " cannot be read", e);
        }
    }
}
