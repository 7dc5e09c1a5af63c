package org.lingong.e2e;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * Requests written byte for byte on a socket, for what no HTTP client sends: targets that are not URIs, oversized
 * request lines and headers, bodies that stop half way. Answers are read until the server closes or a read times out.
 */
final class RawHttp {

    /** What came back: the status line, the headers as sent and the body ({@code null} when nothing came back). */
    record Answer(String statusLine, String head, String body) {

        int status() {
            return statusLine == null ? -1 : Integer.parseInt(statusLine.split(" ")[1]);
        }

        String header(String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).trim();
                }
            }
            return null;
        }

        JsonNode json() {
            return Http.JSON.readTree(body);
        }

        @Override
        public String toString() {
            return statusLine == null ? "(no answer)" : head + "\r\n\r\n" + body;
        }
    }

    private RawHttp() {
    }

    /** Sends a GET with this exact request target (and extra header lines) and reads the answer. */
    static Answer get(String baseUrl, String target, String... headerLines) {
        StringBuilder request = new StringBuilder("GET ").append(target).append(" HTTP/1.1\r\n")
                .append("Host: ").append(URI.create(baseUrl).getAuthority()).append("\r\n");
        for (String line : headerLines) {
            request.append(line).append("\r\n");
        }
        request.append("Connection: close\r\n\r\n");
        return send(baseUrl, request.toString().getBytes(StandardCharsets.UTF_8), new byte[0]);
    }

    /**
     * Writes the head, then the body, and reads the answer; when the server answers (and closes) before the whole
     * body went out, the rest is not sent.
     */
    static Answer send(String baseUrl, byte[] head, byte[] body) {
        URI base = URI.create(baseUrl);
        try (Socket socket = new Socket(InetAddress.getByName(base.getHost()), base.getPort())) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write(head);
            try {
                for (int sent = 0; sent < body.length; sent += 64 * 1024) {
                    out.write(body, sent, Math.min(64 * 1024, body.length - sent));
                    if (socket.getInputStream().available() > 0) {
                        break;
                    }
                }
                out.flush();
            } catch (IOException closedWhileSending) {
                // The server answered and closed before taking the rest: read what it said.
            }
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Answer read(InputStream in) throws IOException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) > 0; ) {
                received.write(buffer, 0, n);
                if (complete(received.toString(StandardCharsets.UTF_8))) {
                    break;
                }
            }
        } catch (SocketTimeoutException | java.net.SocketException stopped) {
            // Whatever arrived is the answer.
        }
        String text = received.toString(StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        if (text.isEmpty() || end < 0) {
            return new Answer(null, text, null);
        }
        String head = text.substring(0, end);
        String body = text.substring(end + 4);
        return new Answer(head.substring(0, head.indexOf("\r\n") < 0 ? head.length() : head.indexOf("\r\n")), head,
                chunked(head) ? dechunked(body) : body);
    }

    private static boolean chunked(String head) {
        return head.toLowerCase(Locale.ROOT).contains("\r\ntransfer-encoding: chunked");
    }

    /** The body of a chunked answer (a service's answer passed on by the gateway), without the chunks' framing. */
    private static String dechunked(String framed) {
        byte[] bytes = framed.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int at = 0;
        while (true) {
            int lineEnd = at;
            while (lineEnd + 1 < bytes.length && !(bytes[lineEnd] == '\r' && bytes[lineEnd + 1] == '\n')) {
                lineEnd++;
            }
            if (lineEnd + 1 >= bytes.length) {
                break;
            }
            int size = Integer.parseInt(new String(bytes, at, lineEnd - at, StandardCharsets.US_ASCII).split(";")[0]
                    .trim(), 16);
            int start = lineEnd + 2;
            if (size == 0 || start >= bytes.length) {
                break;
            }
            body.write(bytes, start, Math.min(size, bytes.length - start));
            at = start + size + 2;
        }
        return body.toString(StandardCharsets.UTF_8);
    }

    /** A head and a body of its declared length have arrived. */
    private static boolean complete(String text) {
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            return false;
        }
        if (chunked(text.substring(0, end))) {
            return text.endsWith("\r\n0\r\n\r\n");
        }
        for (String line : text.substring(0, end).split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                int length = Integer.parseInt(line.substring("content-length:".length()).trim());
                return text.substring(end + 4).getBytes(StandardCharsets.UTF_8).length >= length;
            }
        }
        return false;
    }
}
