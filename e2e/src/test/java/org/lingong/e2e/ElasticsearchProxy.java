package org.lingong.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The run's search service reaches Elasticsearch through this loopback relay, so the outage test can take Elasticsearch
 * away from this platform alone — every connection dropped, new ones closed at once, as a stopped server's port
 * behaves for a client — while the shared server goes on serving {@code ./lingong run} and the other runs.
 */
final class ElasticsearchProxy implements AutoCloseable {

    private final ServerSocket listener;
    private final InetSocketAddress target;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean reachable = true;

    ElasticsearchProxy(String targetUrl) {
        URI uri = URI.create(targetUrl);
        target = new InetSocketAddress(uri.getHost(), uri.getPort());
        try {
            listener = new ServerSocket(0, 100, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread.ofVirtual().name("es-proxy").start(this::accept);
    }

    String url() {
        return "http://127.0.0.1:" + listener.getLocalPort();
    }

    /** Elasticsearch is gone for this platform: open connections drop, new ones are closed at once. */
    void cutOff() {
        reachable = false;
        open.forEach(ElasticsearchProxy::closeQuietly);
    }

    /** Elasticsearch is back, with all its data. */
    void restore() {
        reachable = true;
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                if (!reachable) {
                    client.close();
                    continue;
                }
                Socket server = new Socket(target.getAddress(), target.getPort());
                open.add(client);
                open.add(server);
                Thread.ofVirtual().start(() -> pipe(client, server));
                Thread.ofVirtual().start(() -> pipe(server, client));
            } catch (IOException e) {
                // the listener closed, or Elasticsearch itself refused: the client sees its connection close
            }
        }
    }

    private void pipe(Socket from, Socket to) {
        try {
            from.getInputStream().transferTo(to.getOutputStream());
        } catch (IOException e) {
            // one side closed
        } finally {
            closeQuietly(from);
            closeQuietly(to);
            open.remove(from);
            open.remove(to);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() {
        cutOff();
        try {
            listener.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
