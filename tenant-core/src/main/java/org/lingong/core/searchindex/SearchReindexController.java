package org.lingong.core.searchindex;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.common.tenant.TenantCode;
import org.lingong.core.registry.TenantDirectory;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.HttpServerErrorException;

/** Platform operations on a city's search documents (platform administrators only, see SecurityConfiguration). */
@RestController
@Tag(name = "platform")
class SearchReindexController {

    private final TenantDirectory tenants;
    private final SearchReindex reindex;

    SearchReindexController(TenantDirectory tenants, SearchReindex reindex) {
        this.tenants = tenants;
        this.reindex = reindex;
    }

    @PostMapping("/api/v1/platform/tenants/{code}/search-reindex")
    @Operation(summary = "重建城市的搜索索引 / Rebuild a city's search documents from its open and filled jobs")
    SearchReindex.Report reindex(@PathVariable String code) {
        TenantCode tenant = tenants.require(code);
        try {
            return reindex.run(tenant);
        } catch (HttpServerErrorException e) {
            throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE);
        }
    }
}
