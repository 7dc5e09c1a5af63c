/**
 * Access to Elasticsearch. The client itself is Spring Boot's auto-configuration ({@code spring.elasticsearch.*}):
 * a {@code Rest5Client}, a {@code Rest5ClientTransport} with the Jackson 3 {@code Jackson3JsonpMapper} and an
 * {@code ElasticsearchClient}, plus a health indicator that reads {@code GET /_cluster/health} (the minimal
 * Elasticsearch build has no {@code GET /}, so {@code info()} and {@code ping()} cannot be used).
 */
@NullMarked
package org.lingong.search.elastic;

import org.jspecify.annotations.NullMarked;
