package org.lingong.core;

import org.lingong.common.servlet.ServletConventions;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/**
 * The tenant registry and every tenant's domain, each tenant in its own PostgreSQL schema. Request ids, the language
 * rule and problem JSON are the platform's ({@link ServletConventions}).
 */
@SpringBootApplication
@Import(ServletConventions.class)
public class TenantCoreApplication {

    public static void main(String[] args) {
        SpringApplication.run(TenantCoreApplication.class, args);
    }
}
