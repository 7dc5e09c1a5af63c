package org.lingong.core;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Plays the search service's internal alias API for tenant-core's own tests, so a failing or recovering search can be
 * staged at will; the real search service is exercised end to end in the e2e module.
 */
public final class SearchStandIn {

    private static SearchStandIn shared;

    private final HttpServer server;
    public final List<String> requests = new CopyOnWriteArrayList<>();
    public volatile int status = 200;

    /** One stand-in for the whole test run: the same URL keeps Spring's test context cache effective. */
    static synchronized SearchStandIn shared() {
        if (shared == null) {
            try {
                shared = new SearchStandIn();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    private SearchStandIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/internal/v1/tenants/", exchange -> {
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath()
                    + " auth=" + (exchange.getRequestHeaders().getFirst("Authorization") != null));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }
}
