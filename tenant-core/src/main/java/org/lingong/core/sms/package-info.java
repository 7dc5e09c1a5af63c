/**
 * SMS: one-time sign-in and sign-up codes delivered by text message, per city. Owns the platform's
 * {@code sms_settings} (each city's provider, sign name, template) and {@code sms_send} (what was handed to a provider,
 * for the per-phone hourly limit on every replica). {@link org.lingong.core.sms.SmsSender} has a real adapter per
 * provider the cities use (Alibaba Cloud, Tencent Cloud: signed HTTP calls) and a development sender whose codes
 * show on the dev mailbox page. The Keycloak extension asks for each code through the internal endpoint; other
 * features call {@link org.lingong.core.sms.VerificationCodes}. A code is never logged or audited, except by the
 * development sender in the dev profile; phones are masked in every log line and audit entry.
 */
package org.lingong.core.sms;
