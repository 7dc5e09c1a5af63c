package org.lingong.e2e;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Images the tests upload, drawn here: a pale page with a red seal, as a photographed business licence looks. */
final class Images {

    private Images() {
    }

    static byte[] png(int width, int height) {
        return draw("png", width, height);
    }

    static byte[] jpeg(int width, int height) {
        return draw("jpg", width, height);
    }

    /** The bytes in a temporary file of this name, for a browser's file chooser. */
    static Path file(String name, byte[] bytes) throws IOException {
        Path file = Files.createTempDirectory("upload").resolve(name);
        Files.write(file, bytes);
        file.toFile().deleteOnExit();
        return file;
    }

    private static byte[] draw(String format, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D page = image.createGraphics();
        page.setColor(new Color(0xFBF3E4));
        page.fillRect(0, 0, width, height);
        page.setColor(new Color(0xC8102E));
        page.drawRect(width / 20, height / 20, width - width / 10, height - height / 10);
        page.fillOval(width * 2 / 3, height * 2 / 3, width / 6, width / 6);
        page.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
