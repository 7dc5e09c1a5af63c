-- Each city's SMS settings (sms module): the provider that delivers its sign-in codes, the sign name and template
-- the provider approved for it, and Tencent's SMS application. A city without a row uses the platform default
-- (lingong.sms.*). The provider credentials are the platform's and never stored here.
create table platform.sms_settings (
    tenant_code text primary key references platform.tenant on delete cascade,
    provider    text not null check (provider in ('ALIYUN', 'TENCENT', 'DEV')),
    sign_name   text,
    template_id text,
    sdk_app_id  text,
    updated_at  timestamptz not null default now()
);

-- Codes handed to a provider in the last hour, for the per-phone limit that holds on every replica. The phone is a
-- keyed hash (HMAC-SHA256 under the personal-data index key), never the number; the code is never stored.
create table platform.sms_send (
    id          bigint generated always as identity primary key,
    tenant_code text        not null references platform.tenant on delete cascade,
    phone_key   text        not null,
    sent_at     timestamptz not null default now()
);
create index sms_send_phone on platform.sms_send (tenant_code, phone_key, sent_at);
