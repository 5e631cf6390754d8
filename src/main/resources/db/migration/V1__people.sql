-- people: organisations, accounts, staff roles, password resets
create table organisation (
    id                  uuid primary key,
    kind                text not null check (kind in ('LOCAL_AUTHORITY', 'SCHOOL', 'SERVICE', 'FORUM')),
    name                text not null,
    local_authority_id  uuid references organisation (id)
);

create table person (
    id              uuid primary key,
    email           text not null,
    display_name    text not null,
    password_hash   text,
    failed_sign_ins integer not null default 0,
    locked_until    timestamptz,
    created_at      timestamptz not null
);
create unique index person_email_unique on person (lower(email));

create table staff_membership (
    person_id       uuid not null references person (id),
    organisation_id uuid not null references organisation (id),
    staff_role      text not null check (staff_role in
                        ('SENCO', 'EHC_COORDINATOR', 'SEN_MANAGER', 'PROFESSIONAL', 'FORUM_MEMBER', 'ADMINISTRATOR')),
    primary key (person_id, organisation_id, staff_role)
);

create table password_reset (
    token_hash  text primary key,
    person_id   uuid not null references person (id),
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    used_at     timestamptz
);
create index password_reset_person on password_reset (person_id);
