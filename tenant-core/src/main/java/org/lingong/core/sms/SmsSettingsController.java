package org.lingong.core.sms;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Map;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.common.tenant.TenantCode;
import org.lingong.core.audit.AuditLog;
import org.lingong.core.registry.TenantDirectory;
import org.lingong.core.tenancy.TenantContext;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A city's SMS settings, kept by platform administrators (the security chain admits only them under
 * {@code /api/v1/platform}): the provider, sign name and template the providers approved for the city, checked in
 * the shape each provider gives them. The development channel is refused where it does not exist (outside the dev
 * profile).
 */
@RestController
@Tag(name = "sms")
class SmsSettingsController {

    private static final String PATH = "/api/v1/platform/tenants/{code}/sms-settings";

    private final CitySmsSettings settings;
    private final TenantDirectory tenants;
    private final Map<SmsProvider, SmsSender> senders;
    private final AuditLog audit;

    SmsSettingsController(CitySmsSettings settings, TenantDirectory tenants, Senders senders, AuditLog audit) {
        this.settings = settings;
        this.tenants = tenants;
        this.senders = senders.byProvider();
        this.audit = audit;
    }

    /** What the city uses; {@code platformDefault} when it has no settings of its own. */
    record CitySms(String city, SmsProvider provider, String signName, String templateId, String sdkAppId,
                   boolean platformDefault) {

        static CitySms of(String city, SmsSettings settings, boolean platformDefault) {
            return new CitySms(city, settings.provider(), settings.signName(), settings.templateId(),
                    settings.sdkAppId(), platformDefault);
        }
    }

    record SmsSettingsRequest(
            @NotNull SmsProvider provider,
            @Pattern(regexp = "[\\p{IsHan}A-Za-z0-9]{2,12}", message = "{sms.sign-name}") String signName,
            @Pattern(regexp = "[A-Za-z0-9_]{1,32}", message = "{sms.template}") String templateId,
            @Pattern(regexp = "1[0-9]{9}", message = "{sms.sdk-app-id}") String sdkAppId) {

        @AssertTrue(message = "{sms.sign-name.required}")
        boolean isSignNameGivenForAProvider() {
            return provider == null || provider == SmsProvider.DEV || signName != null;
        }

        @AssertTrue(message = "{sms.template.aliyun}")
        boolean isAliyunTemplateCode() {
            return provider != SmsProvider.ALIYUN || templateId != null && templateId.matches("SMS_[0-9]{3,20}");
        }

        @AssertTrue(message = "{sms.template.tencent}")
        boolean isTencentTemplateId() {
            return provider != SmsProvider.TENCENT || templateId != null && templateId.matches("[0-9]{1,20}");
        }

        @AssertTrue(message = "{sms.sdk-app-id.tencent-only}")
        boolean isSdkAppIdForTencentOnly() {
            return provider == null || (provider == SmsProvider.TENCENT) == (sdkAppId != null);
        }

        SmsSettings settings() {
            return new SmsSettings(provider, signName, templateId, sdkAppId);
        }
    }

    @GetMapping(PATH)
    @Operation(summary = "城市的短信设置（服务商、签名、验证码模板）/ A city's SMS settings (provider, sign name, template)")
    CitySms smsSettings(@PathVariable String code) {
        String city = tenants.require(code).value();
        return settings.find(city).map(own -> CitySms.of(city, own, false))
                .orElseGet(() -> CitySms.of(city, settings.platformDefault(), true));
    }

    @PutMapping(PATH)
    @Transactional
    @Operation(summary = "修改城市的短信设置 / Change a city's SMS settings")
    CitySms changeSmsSettings(@PathVariable String code, @Valid @RequestBody SmsSettingsRequest request) {
        TenantCode city = tenants.require(code);
        if (!senders.containsKey(SmsProvider.DEV) && request.provider() == SmsProvider.DEV) {
            throw new ProblemException(ProblemType.SMS_DEV_ONLY).withFieldError("provider");
        }
        settings.save(city.value(), request.settings());
        TenantContext.run(city, () -> audit.record("sms.settings.changed", city.value(), request.provider()
                + ", sign " + request.signName() + ", template " + request.templateId()));
        return CitySms.of(city.value(), request.settings(), false);
    }
}
