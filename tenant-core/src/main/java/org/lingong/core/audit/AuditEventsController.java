package org.lingong.core.audit;

import java.util.List;
import org.lingong.common.tenant.Roles;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A tenant's audit trail, newest first, for its administrators. */
@RestController
class AuditEventsController {

    private final AuditEventRepository events;

    AuditEventsController(AuditEventRepository events) {
        this.events = events;
    }

    record AuditPage(List<AuditEvent> items, int page, int size, long total) {
    }

    @GetMapping("/api/v1/audit-events")
    @PreAuthorize(Roles.Allow.ADMINISTRATORS)
    AuditPage list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        Page<AuditEvent> result = events.findAllByOrderByIdDesc(PageRequest.of(Math.max(page, 0), Math.clamp(size, 1, 200)));
        return new AuditPage(result.getContent(), result.getNumber(), result.getSize(), result.getTotalElements());
    }
}
