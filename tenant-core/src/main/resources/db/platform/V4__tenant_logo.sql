-- A city's logo as its administrator uploaded it (PNG, JPEG or WebP, checked by its first bytes, at most 256 KB),
-- served to anyone at /api/v1/tenant/logo. One row per city; the SHA-256 of the bytes is the HTTP ETag.
create table tenant_logo (
    tenant_code  text        primary key references tenant on delete cascade,
    content_type text        not null check (content_type in ('image/png', 'image/jpeg', 'image/webp')),
    bytes        bytea       not null check (octet_length(bytes) between 1 and 262144),
    sha256       char(64)    not null,
    uploaded_by  text        not null,
    uploaded_at  timestamptz not null default now()
);
