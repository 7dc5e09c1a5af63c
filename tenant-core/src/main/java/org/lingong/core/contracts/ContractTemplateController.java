package org.lingong.core.contracts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.lingong.common.tenant.Roles;
import org.lingong.core.contracts.ContractTemplate.TemplateDetails;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The city administrator's contract template. */
@RestController
@Tag(name = "contracts")
@PreAuthorize(Roles.Allow.CITY_ADMIN)
class ContractTemplateController {

    private final ContractTemplates templates;

    ContractTemplateController(ContractTemplates templates) {
        this.templates = templates;
    }

    record TemplateRequest(@NotBlank @Size(max = 100) String title, @NotBlank @Size(max = 20_000) String body) {
    }

    @GetMapping("/api/v1/contract-template")
    @Operation(summary = "当前合同模板 / The contract template new contracts are made from")
    TemplateDetails current() {
        return templates.current().details();
    }

    @PutMapping("/api/v1/contract-template")
    @Operation(summary = "保存新版本合同模板（已生成的合同不变）/ Save a new template version; existing contracts keep theirs")
    TemplateDetails replace(@Valid @RequestBody TemplateRequest request, Authentication caller) {
        return templates.replace(request.title(), request.body(), caller.getName()).details();
    }
}
