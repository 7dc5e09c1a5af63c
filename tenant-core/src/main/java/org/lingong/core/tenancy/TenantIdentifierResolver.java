package org.lingong.core.tenancy;

import org.hibernate.context.spi.CurrentTenantIdentifierResolver;
import org.lingong.common.tenant.TenantCode;
import org.springframework.stereotype.Component;

/** Hibernate's tenant identifier is the schema name: the current tenant's, or {@code platform} outside any tenant. */
@Component
class TenantIdentifierResolver implements CurrentTenantIdentifierResolver<String> {

    static final String PLATFORM_SCHEMA = "platform";

    @Override
    public String resolveCurrentTenantIdentifier() {
        return TenantContext.current().map(TenantCode::schema).orElse(PLATFORM_SCHEMA);
    }

    @Override
    public boolean validateExistingCurrentSessions() {
        return true;
    }
}
