package org.lingong.gateway;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Sends a request byte for byte, for what no HTTP client library would send unchanged: targets that are not URIs,
 * oversized lines and headers, bodies larger than they may be.
 */
final class RawHttp {

    private RawHttp() {
    }

    /** @return the status line and headers, a blank line, then the body */
    static String get(int port, String target, String... headerLines) {
        StringBuilder request = new StringBuilder("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        for (String line : headerLines) {
            request.append(line).append("\r\n");
        }
        return send(port, request.append("Connection: close\r\n\r\n").toString());
    }

    /**
     * Writes the request (as UTF-8) and reads until the server closes; when the server answers and closes before the
     * whole request went out, what it answered is read all the same.
     */
    static String send(int port, String request) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(10_000);
            try {
                socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            } catch (IOException closedEarly) {
                // Refused before the body was read: the answer is waiting.
            }
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(InputStream in) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) > 0; ) {
                answer.write(buffer, 0, n);
            }
        } catch (java.net.SocketException reset) {
            // The server closed without reading the rest of the body: keep what it answered.
        }
        return answer.toString(StandardCharsets.UTF_8);
    }
}
