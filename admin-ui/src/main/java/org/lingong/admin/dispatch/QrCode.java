package org.lingong.admin.dispatch;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * A QR code as SVG, drawn on the server: ZXing encodes the value, each run of dark modules in a row becomes one
 * rectangle of a single path. No image files and no frontend code, so the console keeps Vaadin's pre-built bundle.
 */
final class QrCode {

    /** The quiet zone the QR standard asks for around the code, in modules. */
    static final int QUIET_ZONE = 4;

    private QrCode() {
    }

    /** @return an {@code <svg>} element that scales to its container, one unit per module */
    static String svg(String value) {
        BitMatrix modules = encode(value);
        int size = modules.getWidth();
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < size; y++) {
            int x = 0;
            while (x < size) {
                if (!modules.get(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < size && modules.get(x, y)) {
                    x++;
                }
                path.append('M').append(start).append(' ').append(y)
                        .append('h').append(x - start).append("v1h-").append(x - start).append('z');
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
                + "\" shape-rendering=\"crispEdges\" style=\"width:100%;height:100%;display:block\">"
                + "<rect width=\"" + size + "\" height=\"" + size + "\" fill=\"#fff\"/>"
                + "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }

    /** Medium error correction: a printed code stays readable with a crease or a smudge. */
    static BitMatrix encode(String value) {
        try {
            return new QRCodeWriter().encode(value, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, QUIET_ZONE, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                            EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name()));
        } catch (WriterException tooLong) {
            throw new IllegalArgumentException("cannot encode a QR code of " + value.length() + " characters", tooLong);
        }
    }
}
