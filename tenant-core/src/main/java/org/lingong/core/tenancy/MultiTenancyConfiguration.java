package org.lingong.core.tenancy;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.hibernate.cfg.MultiTenancySettings;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MultiTenancyConfiguration {

    @Bean
    HibernatePropertiesCustomizer schemaPerTenant(SchemaPerTenantConnectionProvider connections,
                                                  TenantIdentifierResolver resolver) {
        return properties -> {
            properties.put(MultiTenancySettings.MULTI_TENANT_CONNECTION_PROVIDER, connections);
            properties.put(MultiTenancySettings.MULTI_TENANT_IDENTIFIER_RESOLVER, resolver);
        };
    }

    /** Every user of the data source — JPA, JdbcClient, transaction managers, Flyway — gets tenant-following connections. */
    @Bean
    static BeanPostProcessor tenantSchemas() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof DataSource pool && !(bean instanceof TenantSchemas)) {
                    return new TenantSchemas(pool, pool instanceof HikariDataSource hikari ? hikari.getSchema() : null);
                }
                return bean;
            }
        };
    }
}
