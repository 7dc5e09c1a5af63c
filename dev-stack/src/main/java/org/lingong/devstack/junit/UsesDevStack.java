package org.lingong.devstack.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The test class runs against the real PostgreSQL, Elasticsearch and Keycloak of dev-stack: started before the class
 * if they are not already running, and left running for the next test class (stop them with
 * {@code ./lingong stack stop}).
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(DevStackExtension.class)
public @interface UsesDevStack {
}
