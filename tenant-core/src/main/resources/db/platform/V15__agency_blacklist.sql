-- The province's blacklist of illegal employment agencies (黑中介, blacklist module): the first data of the platform
-- that crosses tenants by design. A city proposes an entry (PROPOSED); the province admin lists it (LISTED) or
-- rejects it (REJECTED), adds entries itself, and removes them (REMOVED). Every city of the province reads the listed
-- entries. An agency is known by its unified social credit code (public business data, kept in clear) and its phone,
-- sealed like any personal data (people's cipher, key id in pii_key); contact_phone_index is the keyed hash the
-- cities' employers' contact phones are stored under, so a listed phone finds an employer without opening a row.
create table platform.agency_listing (
    id                  uuid primary key,
    province_code       char(2)     not null references platform.province,
    number              integer     not null,
    name                text        not null,
    credit_code         text check (credit_code ~ '^[0-9A-HJ-NPQRTUWXY]{18}$'),
    phone_sealed        bytea,
    phone_masked        text,
    contact_phone_index text,
    pii_key             text,
    grounds             text        not null,
    status              text        not null check (status in ('PROPOSED', 'LISTED', 'REJECTED', 'REMOVED')),
    proposed_by_city    text references platform.tenant on delete set null,
    proposed_by         text        not null,
    proposed_at         timestamptz not null,
    reviewed_by         text,
    reviewed_at         timestamptz,
    review_note         text,
    removed_by          text,
    removed_at          timestamptz,
    removal_note        text,
    unique (province_code, number),
    check (credit_code is not null or phone_sealed is not null),
    check ((phone_sealed is null) = (contact_phone_index is null) and (phone_sealed is null) = (pii_key is null))
);
create index agency_listing_credit_code on platform.agency_listing (province_code, credit_code)
    where status = 'LISTED';
create index agency_listing_phone on platform.agency_listing (province_code, contact_phone_index)
    where status = 'LISTED';
