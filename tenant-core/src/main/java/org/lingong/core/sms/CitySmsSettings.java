package org.lingong.core.sms;

import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Each city's SMS settings in the registry ({@code platform.sms_settings}); a city without a row uses the platform
 * default of the configuration ({@code lingong.sms.provider}, {@code .sign-name}, {@code .template-id},
 * {@code .tencent.sdk-app-id}).
 */
@Component
class CitySmsSettings {

    private final JdbcClient jdbc;
    private final SmsSettings platformDefault;

    CitySmsSettings(JdbcClient jdbc, @Value("${lingong.sms.provider}") String provider,
                    @Value("${lingong.sms.sign-name}") String signName,
                    @Value("${lingong.sms.template-id}") String templateId,
                    @Value("${lingong.sms.tencent.sdk-app-id}") String sdkAppId) {
        this.jdbc = jdbc;
        this.platformDefault = new SmsSettings(SmsProvider.valueOf(provider.strip().toUpperCase(Locale.ROOT)),
                blankToNull(signName), blankToNull(templateId), blankToNull(sdkAppId));
    }

    SmsSettings platformDefault() {
        return platformDefault;
    }

    Optional<SmsSettings> find(String city) {
        return jdbc.sql("select provider, sign_name, template_id, sdk_app_id from platform.sms_settings"
                        + " where tenant_code = ?").param(city)
                .query((rs, n) -> new SmsSettings(SmsProvider.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getString(3), rs.getString(4))).optional();
    }

    /** The city's own settings, or the platform default. */
    SmsSettings of(String city) {
        return find(city).orElse(platformDefault);
    }

    void save(String city, SmsSettings settings) {
        jdbc.sql("""
                        insert into platform.sms_settings (tenant_code, provider, sign_name, template_id, sdk_app_id)
                        values (?, ?, ?, ?, ?)
                        on conflict (tenant_code) do update set provider = excluded.provider,
                            sign_name = excluded.sign_name, template_id = excluded.template_id,
                            sdk_app_id = excluded.sdk_app_id, updated_at = now()""")
                .params(city, settings.provider().name(), settings.signName(), settings.templateId(),
                        settings.sdkAppId()).update();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
