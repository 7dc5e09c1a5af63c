package org.lingong.devstack.junit;

import org.testcontainers.lifecycle.Startable;

/** Elasticsearch for tests: a single node, security off. */
public interface ElasticsearchServer extends Startable {

    /** The HTTP address, e.g. {@code http://127.0.0.1:19200}. */
    String url();
}
