package org.lingong.core.sms;

/** Who delivers a city's text messages. */
public enum SmsProvider {
    /** Alibaba Cloud SMS (dysmsapi, SendSms 2017-05-25). */
    ALIYUN,
    /** Tencent Cloud SMS (sms.tencentcloudapi.com, SendSms 2021-01-11). */
    TENCENT,
    /** No message at all: the code shows on the dev mailbox page. Only in the dev profile. */
    DEV
}
