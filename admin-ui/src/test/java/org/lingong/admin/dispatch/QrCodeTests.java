package org.lingong.admin.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/** The drawn code is read back by a QR reader: what a worker's phone would see on the desk's screen. */
class QrCodeTests {

    private static final Pattern SIZE = Pattern.compile("viewBox=\"0 0 (\\d+) \\1\"");
    private static final Pattern RUN = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-\\3z");
    private static final int PIXELS_PER_MODULE = 4;

    @Test
    void theSvgReadsBackAsTheValue() throws Exception {
        String value = "lgck-7f3a9c2e1b5d4f60a8e2c4b6d8f0a1c3";

        assertThat(read(QrCode.svg(value))).isEqualTo(value);
    }

    @Test
    void theCodeHasItsQuietZone() {
        String svg = QrCode.svg("x");
        Matcher run = RUN.matcher(svg);
        int size = size(svg);
        while (run.find()) {
            int x = Integer.parseInt(run.group(1));
            int y = Integer.parseInt(run.group(2));
            int length = Integer.parseInt(run.group(3));
            assertThat(x).isGreaterThanOrEqualTo(QrCode.QUIET_ZONE);
            assertThat(x + length).isLessThanOrEqualTo(size - QrCode.QUIET_ZONE);
            assertThat(y).isBetween(QrCode.QUIET_ZONE, size - QrCode.QUIET_ZONE - 1);
        }
    }

    /** Paints the path's runs black on white, as a screen would, and decodes the picture. */
    private static String read(String svg) throws Exception {
        int size = size(svg) * PIXELS_PER_MODULE;
        int[] pixels = new int[size * size];
        Arrays.fill(pixels, 0xFFFFFFFF);
        Matcher run = RUN.matcher(svg);
        int runs = 0;
        while (run.find()) {
            runs++;
            int x = Integer.parseInt(run.group(1)) * PIXELS_PER_MODULE;
            int y = Integer.parseInt(run.group(2)) * PIXELS_PER_MODULE;
            int width = Integer.parseInt(run.group(3)) * PIXELS_PER_MODULE;
            for (int row = y; row < y + PIXELS_PER_MODULE; row++) {
                Arrays.fill(pixels, row * size + x, row * size + x + width, 0xFF000000);
            }
        }
        assertThat(runs).isPositive();
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(size, size, pixels)))).getText();
    }

    private static int size(String svg) {
        Matcher size = SIZE.matcher(svg);
        assertThat(size.find()).isTrue();
        return Integer.parseInt(size.group(1));
    }
}
