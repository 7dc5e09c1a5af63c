package org.lingong.search.elastic;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import java.io.IOException;

/**
 * Runs calls to the Elasticsearch client and turns "the cluster cannot answer" into {@link
 * SearchUnavailableException}: I/O failures (connection refused, timeouts) and 429 or 5xx answers. Other
 * Elasticsearch errors (a 404 the caller expects, a 400 that is a bug) pass through unchanged.
 */
public final class ElasticCalls {

    /** One or more client calls giving a result. */
    @FunctionalInterface
    public interface Call<T> {
        T run() throws IOException;
    }

    /** One or more client calls run for their effect. */
    @FunctionalInterface
    public interface Action {
        void run() throws IOException;
    }

    private ElasticCalls() {
    }

    public static void run(Action action) {
        call(() -> {
            action.run();
            return Boolean.TRUE;
        });
    }

    public static <T> T call(Call<T> call) {
        try {
            return call.run();
        } catch (IOException e) {
            throw new SearchUnavailableException(e);
        } catch (ElasticsearchException e) {
            if (e.status() == 429 || e.status() >= 500) {
                throw new SearchUnavailableException(e);
            }
            throw e;
        }
    }
}
