package org.lingong.core.sms;

/**
 * How a city's verification codes are sent: the provider, the approved sign name (签名, without its 【】), the approved
 * template of the verification-code message (Alibaba {@code SMS_…}, Tencent a number) and, for Tencent, the SMS
 * application ({@code SmsSdkAppId}). The provider credentials are the platform's, from its environment.
 */
public record SmsSettings(SmsProvider provider, String signName, String templateId, String sdkAppId) {
}
