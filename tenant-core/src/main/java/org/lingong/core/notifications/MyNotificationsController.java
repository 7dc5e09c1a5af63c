package org.lingong.core.notifications;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Locale;
import java.util.UUID;
import org.lingong.common.tenant.Roles;
import org.lingong.core.tenancy.CurrentTenant;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** A worker's notifications in the current city: the inbox, and the live stream (Server-Sent Events). */
@RestController
@RequestMapping("/api/v1/workers/me/notifications")
@PreAuthorize(Roles.Allow.WORKER)
@Validated
@Tag(name = "notifications", description = "新岗位推送 Push of new jobs nearby")
class MyNotificationsController {

    private final WorkerReach reach;
    private final Inbox inbox;
    private final Streams streams;
    private final NotificationTexts texts;

    MyNotificationsController(WorkerReach reach, Inbox inbox, Streams streams, NotificationTexts texts) {
        this.reach = reach;
        this.inbox = inbox;
        this.streams = streams;
        this.texts = texts;
    }

    @GetMapping
    @Operation(summary = "通知收件箱（最新在前） Inbox, newest first, with the unread count")
    NotificationInbox inbox(@AuthenticationPrincipal Jwt caller,
                                @RequestParam(defaultValue = "0") @Min(0) int page,
                                @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
                                @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language) {
        UUID worker = reach.workerId(caller.getSubject());
        Locale locale = NotificationTexts.readerLocale(language);
        return new NotificationInbox(inbox.unread(worker), page, size,
                inbox.page(worker, page, size).stream().map(n -> texts.details(n, locale)).toList());
    }

    @PostMapping("/{id}/read")
    @Operation(summary = "标记为已读 Mark as read")
    ResponseEntity<Void> read(@AuthenticationPrincipal Jwt caller, @PathVariable long id) {
        inbox.markRead(reach.workerId(caller.getSubject()), id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "实时通知流（SSE）：先补发 Last-Event-ID 之后的未读通知 "
            + "Live stream (Server-Sent Events): first the unread notifications after Last-Event-ID, then new ones")
    @ApiResponse(responseCode = "200", description = "事件 notification，id 为通知编号；每 15 秒一条心跳注释 "
            + "Events named notification with the notification id as event id; a heartbeat comment every 15 s",
            content = @Content(mediaType = MediaType.TEXT_EVENT_STREAM_VALUE,
                    schema = @Schema(implementation = NotificationDetails.class)))
    @ApiResponse(responseCode = "429", description = "本市实时连接已满，见 Retry-After（同一账号超出上限时关闭其最早的连接，"
            + "不拒绝） The city's streams are full, see Retry-After (an account over its own cap has its oldest stream "
            + "closed instead)", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "503", description = "本服务器实时连接已满，见 Retry-After This replica's streams are "
            + "full, see Retry-After", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    SseEmitter stream(@AuthenticationPrincipal Jwt caller,
                      @RequestHeader(name = "Last-Event-ID", required = false) Long lastEventId,
                      @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language) {
        UUID worker = reach.workerId(caller.getSubject());
        return streams.open(CurrentTenant.require(), caller.getSubject(), worker,
                NotificationTexts.readerLocale(language), lastEventId == null ? 0 : lastEventId);
    }
}
