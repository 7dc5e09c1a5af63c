package org.lingong.search;

import org.lingong.common.servlet.ServletConventions;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/**
 * The search service: the only component that talks to Elasticsearch. Request ids, the language rule and problem JSON
 * are the platform's ({@link ServletConventions}).
 */
@SpringBootApplication
@Import(ServletConventions.class)
public class SearchApplication {

    public static void main(String[] args) {
        SpringApplication.run(SearchApplication.class, args);
    }
}
