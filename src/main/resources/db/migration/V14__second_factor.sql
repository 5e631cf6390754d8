-- A second factor for staff (issue 11, item 6): a key shared with an authenticator app (RFC 6238
-- time-based codes) and one-time recovery codes. The key must be readable to check a code, so it
-- is stored as it is; recovery codes are stored only as SHA-256 hashes (they are long and random).
create table second_factor (
    person_id       uuid primary key references person (id),
    secret          text not null,
    set_up_at       timestamptz not null,
    -- The 30-second step of the last code accepted: a code from this step or an earlier one is
    -- refused, so a code seen over someone's shoulder cannot be used again.
    last_used_step  bigint,
    -- Wrong codes since the last right one; at the limit, codes are refused until locked_until.
    failed_codes    integer not null default 0,
    locked_until    timestamptz
);

create table recovery_code (
    person_id   uuid not null references second_factor (person_id) on delete cascade,
    code_hash   text not null,
    used_at     timestamptz,
    primary key (person_id, code_hash)
);
