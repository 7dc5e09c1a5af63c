package org.lingong.search.tenancy;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.lingong.common.tenant.TrustedHeaders;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/** Documents on every {@code /api/**} operation what {@link TenantFilter} requires and how it refuses. */
@Component
class TenantHeadersOpenApi implements OpenApiCustomizer {

    @Override
    public void customise(OpenAPI openApi) {
        openApi.getPaths().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.readOperations().forEach(TenantHeadersOpenApi::document);
            }
        });
    }

    private static void document(Operation operation) {
        operation
                .addParametersItem(new HeaderParameter().name(TrustedHeaders.TENANT).required(true)
                        .description("The request's tenant code, e.g. suqian. Set by the gateway from the /t/{code}/ "
                                + "prefix or the city's host name; a client's own copy is replaced.")
                        .schema(new StringSchema()))
                .addParametersItem(new HeaderParameter().name(TrustedHeaders.TENANT_PROVINCE).required(false)
                        .description("The tenant's province, GB/T 2260 two-digit code. Set by the gateway; a province "
                                + "admin may read the tenants of its own province only.")
                        .schema(new StringSchema()));
        operation.getResponses()
                .addApiResponse("400", problem("No tenant header (tenant-required) or a malformed tenant code "
                        + "(invalid-tenant)"))
                .addApiResponse("403", problem("The token may not act in this tenant (tenant-forbidden)"));
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description)
                .content(new Content().addMediaType("application/problem+json", new MediaType()));
    }
}
