package org.lingong.core.settlement;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.lingong.common.tenant.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** City staff's view of wage-arrears reports and their resolution. */
@RestController
@Tag(name = "settlement")
class WageArrearsController {

    private final WageArrearsReports arrears;

    WageArrearsController(WageArrearsReports arrears) {
        this.arrears = arrears;
    }

    record Resolution(@NotBlank @Size(max = 1000) String note) {
    }

    @GetMapping("/api/v1/wage-arrears")
    @PreAuthorize(Roles.Allow.CITY_STAFF)
    @Operation(summary = "欠薪反映列表（管理）/ Wage-arrears reports of the city, newest first")
    WageArrearsReports.ArrearsPage list(@RequestParam(required = false) ArrearsStatus status,
                                        @RequestParam(defaultValue = "0") int page,
                                        @RequestParam(defaultValue = "50") int size) {
        return arrears.find(status, page, size);
    }

    @PostMapping("/api/v1/wage-arrears/{id}/resolve")
    @PreAuthorize(Roles.Allow.CITY_STAFF)
    @Operation(summary = "办结欠薪反映（须填写处理说明）/ Resolve a report with a note")
    WageArrearsDetails resolve(@PathVariable UUID id, @Valid @RequestBody Resolution resolution, Authentication caller) {
        return arrears.resolve(id, resolution.note().strip(), caller.getName());
    }
}
