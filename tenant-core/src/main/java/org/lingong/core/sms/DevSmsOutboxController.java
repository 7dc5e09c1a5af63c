package org.lingong.core.sms;

import io.swagger.v3.oas.annotations.Hidden;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.lingong.common.config.DevDefaultsGuard;
import org.lingong.common.i18n.China;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The dev mailbox ({@code GET /dev/sms-outbox}, dev profile only): the codes the development sender "sent", newest
 * first, as a plain page for a developer signing in by phone, or as JSON for browser tests, optionally for one city
 * and phone. Every value is escaped, and the page's policy allows no script, style, frame or form at all.
 */
@RestController
@Profile(DevDefaultsGuard.DEV_PROFILE)
@Hidden
class DevSmsOutboxController {

    static final String PATH = "/dev/sms-outbox";
    static final String POLICY = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(China.ZONE);

    private final DevSmsSender sender;

    DevSmsOutboxController(DevSmsSender sender) {
        this.sender = sender;
    }

    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    List<DevSmsSender.Delivered> json(@RequestParam(required = false) String city,
                                      @RequestParam(required = false) String phone) {
        return sender.delivered().stream().filter(d -> city == null || d.city().equals(city))
                .filter(d -> phone == null || d.phone().equals(phone)).toList();
    }

    @GetMapping(path = PATH, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> page(@RequestParam(required = false) String city,
                                @RequestParam(required = false) String phone) {
        StringBuilder rows = new StringBuilder();
        for (DevSmsSender.Delivered d : json(city, phone)) {
            rows.append("<tr><td>").append(TIME.format(d.at())).append("</td><td>").append(escape(d.city()))
                    .append("</td><td>").append(escape(d.phone())).append("</td><td><strong>").append(escape(d.code()))
                    .append("</strong></td><td>").append(d.minutes()).append("</td><td>").append(escape(d.signName()))
                    .append("</td></tr>\n");
        }
        String html = """
                <!DOCTYPE html>
                <html lang="zh-CN"><head><meta charset="utf-8"><title>短信收件箱（开发环境）Dev SMS outbox</title></head>
                <body><h1>短信收件箱（开发环境）Dev SMS outbox</h1>
                <p>开发环境不发送真实短信，验证码只显示在这里（最近 %d 条，刷新页面查看新的）。Development sends no real SMS: the codes show here.</p>
                <table><thead><tr><th>时间 Time</th><th>城市 City</th><th>手机号 Phone</th><th>验证码 Code</th><th>有效分钟 Minutes</th><th>签名 Sign</th></tr></thead>
                <tbody>
                %s</tbody></table></body></html>
                """.formatted(DevSmsSender.KEPT, rows);
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header("Content-Security-Policy", POLICY).header(HttpHeaders.CACHE_CONTROL, "no-store").body(html);
    }

    private static String escape(String value) {
        return value == null ? "" : HtmlUtils.htmlEscape(value, "UTF-8");
    }
}
