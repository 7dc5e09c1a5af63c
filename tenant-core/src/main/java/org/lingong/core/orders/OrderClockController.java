package org.lingong.core.orders;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.lingong.common.tenant.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The city's limits for the order's timed steps. */
@RestController
@Tag(name = "orders")
class OrderClockController {

    private final OrderClock clock;

    OrderClockController(OrderClock clock) {
        this.clock = clock;
    }

    @GetMapping("/api/v1/order-clock")
    @PreAuthorize(Roles.Allow.CITY_STAFF)
    @Operation(summary = "订单时限（确认、爽约、完工、付款确认、签到半径）/ The city's limits for the order's timed steps")
    OrderClockSettings orderClock() {
        return clock.settings();
    }

    @PutMapping("/api/v1/order-clock")
    @PreAuthorize(Roles.Allow.CITY_ADMIN)
    @Operation(summary = "修改订单时限（对已有订单即时生效）/ Change the limits; they apply to open orders at once")
    OrderClockSettings changeOrderClock(@Valid @RequestBody OrderClockSettings settings, Authentication caller) {
        return clock.update(settings, caller.getName());
    }
}
