-- Accounts disabled recently (identity.Revocations): the registry feed lists them, and the gateway refuses their
-- access tokens issued before revoked_at instead of honouring them until they expire.
create table platform.revoked_subject (
    subject    text        primary key,
    revoked_at timestamptz not null
);
