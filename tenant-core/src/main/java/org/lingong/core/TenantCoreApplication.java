package org.lingong.core;

import org.lingong.common.servlet.ServiceClient;
import org.lingong.common.servlet.ServletConventions;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/**
 * The tenant registry and every tenant's domain, each tenant in its own PostgreSQL schema. Request ids, the language
 * rule, problem JSON ({@link ServletConventions}) and the services client ({@link ServiceClient}) are the platform's.
 */
@SpringBootApplication
@Import({ServletConventions.class, ServiceClient.class})
public class TenantCoreApplication {

    public static void main(String[] args) {
        SpringApplication.run(TenantCoreApplication.class, args);
    }
}
