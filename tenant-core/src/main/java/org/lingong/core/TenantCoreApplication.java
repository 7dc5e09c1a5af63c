package org.lingong.core;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The tenant registry and every tenant's domain, each tenant in its own PostgreSQL schema. */
@SpringBootApplication
public class TenantCoreApplication {

    public static void main(String[] args) {
        SpringApplication.run(TenantCoreApplication.class, args);
    }
}
