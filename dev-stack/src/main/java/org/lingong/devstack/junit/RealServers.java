package org.lingong.devstack.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The test class runs against real PostgreSQL, Elasticsearch and Keycloak ({@link TestServers}): containers where a
 * Docker daemon answers, dev-stack's local servers where none does. They are started before the first such class of
 * the run and their addresses published as the system properties the services' configuration reads
 * ({@code LINGONG_DB_URL}, {@code LINGONG_ES_URL}, {@code LINGONG_ISSUER_URI}, {@code LINGONG_KEYCLOAK_URL}).
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(RealServersExtension.class)
public @interface RealServers {
}
