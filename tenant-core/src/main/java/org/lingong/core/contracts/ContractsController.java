package org.lingong.core.contracts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.UUID;
import org.lingong.common.tenant.Roles;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** An order's contract for its two parties and the city's staff; the whole chain's verification for the administrator. */
@RestController
@Tag(name = "contracts", description = "电子合同 E-contracts: template, signing, tamper evidence, PDF")
class ContractsController {

    private final Contracts contracts;
    private final ContractPdf pdf;

    ContractsController(Contracts contracts, ContractPdf pdf) {
        this.contracts = contracts;
        this.pdf = pdf;
    }

    record SignRequest(@NotBlank String documentHash) {
    }

    @GetMapping("/api/v1/orders/{orderId}/contract")
    @PreAuthorize(Roles.Allow.ANY_SIDE)
    @Operation(summary = "订单的电子合同（首次查看时生成）/ The order's contract, made on first request")
    ContractDetails get(@PathVariable UUID orderId, Authentication caller) {
        return contracts.read(orderId, of(caller));
    }

    @PostMapping("/api/v1/orders/{orderId}/contract/sign")
    @PreAuthorize(Roles.Allow.ANY_SIDE)
    @Operation(summary = "点击签署（提交所见文本摘要）/ Click-to-sign the document hash you were shown")
    ContractDetails sign(@PathVariable UUID orderId, @Valid @RequestBody SignRequest request, Authentication caller) {
        return contracts.sign(orderId, of(caller), request.documentHash());
    }

    @GetMapping("/api/v1/orders/{orderId}/contract/verify")
    @PreAuthorize(Roles.Allow.ANY_SIDE)
    @Operation(summary = "核验本合同的存证 / Verify this contract against the city's hash chain")
    ChainVerification verify(@PathVariable UUID orderId, Authentication caller) {
        return contracts.verify(orderId, of(caller));
    }

    @GetMapping(value = "/api/v1/orders/{orderId}/contract.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @PreAuthorize(Roles.Allow.ANY_SIDE)
    @Operation(summary = "下载合同 PDF / The contract as a PDF")
    ResponseEntity<byte[]> download(@PathVariable UUID orderId, Authentication caller) {
        ContractDetails contract = contracts.readForDownload(orderId, of(caller));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(contract.contractNumber() + ".pdf").build().toString())
                .body(pdf.render(contract));
    }

    @GetMapping("/api/v1/contracts/verify")
    @PreAuthorize(Roles.Allow.CITY_ADMIN)
    @Operation(summary = "核验全市合同存证链，报告第一个断点 / Verify the city's whole chain; reports the first broken link")
    ChainVerification verifyAll() {
        return contracts.verifyAll();
    }

    private static Contracts.Caller of(Authentication caller) {
        return new Contracts.Caller(caller.getName(), Roles.grants(Roles.CITY_STAFF,
                caller.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList()));
    }
}
