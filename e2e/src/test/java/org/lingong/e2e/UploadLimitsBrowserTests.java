package org.lingong.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lingong.devstack.Platform;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The console's uploads are bounded (issue 13, item 4): a file over the limit is refused in the browser with a
 * message in the person's language, and refused again by the server when a client skips the browser's check — from
 * the length it declares, before a byte of the body is read (the test declares one and sends none).
 */
@ExtendWith(RunningPlatform.class)
class UploadLimitsBrowserTests {

    private static final int TEN_MB = 10 * 1024 * 1024;
    private static final int LOGO_LIMIT = 256 * 1024;

    @Test
    void aJobFeedOverTenMegabytesIsRefusedInTheBrowserAndOnTheServer() throws Exception {
        try (Console console = Console.signIn("suqian-admin")) {
            console.open("/city/jobs/import", "批量导入岗位");
            WebElement upload = console.byId("job-import-upload");
            assertThat(choose(console, upload, "feed.csv", TEN_MB + 1)).isEqualTo("文件超过 10 MB，未上传。");
            console.screenshot("upload-refused");

            // A client that skips the browser's check gets the same answer from the server.
            URI target = target(console, upload);
            assertThat(declaring(console, target, TEN_MB + 1)).startsWith("HTTP/1.1 422");
            assertThat(declaring(console, target, 11L * 1024 * 1024)).startsWith("HTTP/1.1 413")
                    .contains("请求内容超过 10 MB，未被接受。", "The request body is larger than 10 MB and was refused.");
            assertThat(console.browser.findElements(By.id("job-import-summary"))).as("no import started").isEmpty();
        }
    }

    @Test
    void aLogoOverItsLimitIsRefusedInTheBrowserAndOnTheServer() throws Exception {
        try (Console console = Console.signIn("suqian-admin")) {
            console.open("/city/branding", "效果预览");
            WebElement upload = console.show("logo-upload");
            assertThat(choose(console, upload, "logo.png", LOGO_LIMIT + 1)).isEqualTo("文件超过 256 KB，未上传。");
            assertThat(declaring(console, target(console, upload), LOGO_LIMIT + 1)).startsWith("HTTP/1.1 422");
            assertThat(console.browser.findElements(By.id("brand-logo"))).as("the demo city keeps no logo").isEmpty();
        }
    }

    /** Chooses a file of {@code size} bytes in the upload, as a person would; answers the notification shown. */
    private static String choose(Console console, WebElement upload, String name, long size) throws Exception {
        Path file = Files.createTempDirectory("upload").resolve(name);
        try (RandomAccessFile sized = new RandomAccessFile(file.toFile(), "rw")) {
            sized.setLength(size);
        }
        file.toFile().deleteOnExit();
        upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());
        WebElement card = console.wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("vaadin-notification-card")));
        return String.valueOf(console.script("return arguments[0].textContent", card)).strip();
    }

    /** Where the upload element sends its file, as an absolute address. */
    private static URI target(Console console, WebElement upload) {
        return URI.create(Platform.adminUiUrl() + "/").resolve((String) console.script("return arguments[0].target",
                upload));
    }

    /**
     * A POST to the upload's address in the browser's session that declares {@code length} bytes of body and sends
     * none: whatever answers was decided without reading the body. Returns the response's head and body.
     */
    private static String declaring(Console console, URI target, long length) throws Exception {
        String session = console.browser.manage().getCookieNamed("JSESSIONID").getValue();
        try (Socket socket = new Socket(target.getHost(), target.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery())
                    + " HTTP/1.1\r\nHost: " + target.getHost() + ":" + target.getPort() + "\r\nCookie: JSESSIONID="
                    + session + "\r\nContent-Type: application/octet-stream\r\nX-Filename: big.csv\r\nContent-Length: "
                    + length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return response(socket.getInputStream());
        }
    }

    /** The response's head and body; the connection stays open (the server still waits for the body). */
    private static String response(InputStream in) throws Exception {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        while (!received.toString(StandardCharsets.ISO_8859_1).contains("\r\n\r\n")) {
            received.write(next(in));
        }
        String head = received.toString(StandardCharsets.ISO_8859_1);
        Matcher length = Pattern.compile("(?i)\r\ncontent-length: *(\\d+)").matcher(head);
        if (length.find()) {
            received.write(in.readNBytes(Integer.parseInt(length.group(1))));
        } else if (head.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked")) {
            while (!received.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n0\r\n\r\n")) {
                received.write(next(in));
            }
        }
        byte[] whole = received.toByteArray();
        return head + new String(whole, head.length(), whole.length - head.length(), StandardCharsets.UTF_8);
    }

    private static int next(InputStream in) throws Exception {
        int next = in.read();
        if (next < 0) {
            throw new AssertionError("the server closed the connection before its answer was complete");
        }
        return next;
    }
}
