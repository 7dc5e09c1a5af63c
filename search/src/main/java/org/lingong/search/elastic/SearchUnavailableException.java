package org.lingong.search.elastic;

import org.lingong.search.problem.ProblemException;
import org.springframework.http.HttpStatus;

/** Elasticsearch cannot answer now (unreachable, overloaded, shards unavailable): a 503, never a 500. */
public class SearchUnavailableException extends ProblemException {

    SearchUnavailableException(Exception cause) {
        super(HttpStatus.SERVICE_UNAVAILABLE, "search-unavailable", "Elasticsearch unavailable: " + cause, cause);
    }

    private SearchUnavailableException(String message) {
        super(HttpStatus.SERVICE_UNAVAILABLE, "search-unavailable", message);
    }

    /** One item of a bulk request failed with 429 or 5xx: the cluster is overloaded or a shard is unavailable. */
    public static SearchUnavailableException bulkItem(int status, String error) {
        return new SearchUnavailableException("Elasticsearch bulk item failed with " + status + ": " + error);
    }
}
