package org.lingong.core.notifications;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.lingong.common.tenant.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A worker's position and push settings in the current city, next to their profile at {@code /workers/me}. */
@RestController
@RequestMapping("/api/v1/workers/me")
@PreAuthorize(Roles.Allow.WORKER)
@Tag(name = "notifications", description = "新岗位推送 Push of new jobs nearby")
class MyNotificationSettingsController {

    private final WorkerReach reach;

    MyNotificationSettingsController(WorkerReach reach) {
        this.reach = reach;
    }

    @PutMapping("/position")
    @Operation(summary = "上报当前位置（12 小时内有效） Report the current position (counts for 12 hours)")
    ReportedPosition position(@AuthenticationPrincipal Jwt caller, @Valid @RequestBody WorkerPosition position) {
        return reach.savePosition(reach.workerId(caller.getSubject()), position);
    }

    @GetMapping("/notification-settings")
    @Operation(summary = "查看推送设置 Own push settings")
    NotificationSettings settings(@AuthenticationPrincipal Jwt caller) {
        return reach.settings(reach.workerId(caller.getSubject()));
    }

    @PutMapping("/notification-settings")
    @Operation(summary = "修改推送设置（屏蔽工种、通勤圈） Set muted categories and the travel-time circle")
    NotificationSettings changeSettings(@AuthenticationPrincipal Jwt caller,
                                        @Valid @RequestBody NotificationSettings settings) {
        return reach.saveSettings(reach.workerId(caller.getSubject()), settings);
    }
}
