package org.lingong.search.elastic;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import java.io.IOException;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;

/**
 * Runs calls to the Elasticsearch client and turns "the cluster cannot answer" into a 503 {@code search-unavailable}
 * problem ({@link #unavailable}): I/O failures (connection refused, timeouts) and 429 or 5xx answers. Other
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
            throw unavailable(e);
        } catch (ElasticsearchException e) {
            if (e.status() == 429 || e.status() >= 500) {
                throw unavailable(e);
            }
            throw e;
        }
    }

    /** Elasticsearch cannot answer now (unreachable, overloaded, shards unavailable): a 503, never a 500. */
    public static ProblemException unavailable(Exception cause) {
        return ProblemException.causedBy(cause, ProblemType.SEARCH_UNAVAILABLE);
    }

    /** One item of a bulk request failed with 429 or 5xx: the cluster is overloaded or a shard is unavailable. */
    public static ProblemException unavailable(int bulkItemStatus, String error) {
        return unavailable(new IllegalStateException("Elasticsearch bulk item failed with " + bulkItemStatus + ": "
                + error));
    }

    public static boolean isUnavailable(ProblemException problem) {
        return problem.type() == ProblemType.SEARCH_UNAVAILABLE;
    }
}
