package org.lingong.search;

import org.lingong.common.servlet.ServiceClient;
import org.lingong.common.servlet.ServletConventions;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/**
 * The search service: the only component that talks to Elasticsearch. Request ids, the language rule, problem JSON
 * ({@link ServletConventions}) and the services client ({@link ServiceClient}) are the platform's.
 */
@SpringBootApplication
@Import({ServletConventions.class, ServiceClient.class})
public class SearchApplication {

    public static void main(String[] args) {
        SpringApplication.run(SearchApplication.class, args);
    }
}
