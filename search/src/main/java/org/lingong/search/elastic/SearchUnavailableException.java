package org.lingong.search.elastic;

import org.lingong.search.problem.ProblemException;
import org.springframework.http.HttpStatus;

/** Elasticsearch cannot answer now (unreachable, overloaded, shards unavailable): a 503, never a 500. */
public class SearchUnavailableException extends ProblemException {

    SearchUnavailableException(Exception cause) {
        super(HttpStatus.SERVICE_UNAVAILABLE, "search-unavailable", "Elasticsearch unavailable: " + cause, cause);
    }
}
