-- The parent carer forum: officers as a staff role, and members who join online.
alter table staff_membership drop constraint staff_membership_staff_role_check;
alter table staff_membership add constraint staff_membership_staff_role_check check (staff_role in
    ('SENCO', 'EHC_COORDINATOR', 'SEN_MANAGER', 'PROFESSIONAL', 'FORUM_MEMBER', 'FORUM_OFFICER', 'ADMINISTRATOR'));

-- One row per person who asked to join a forum. WAITING until they follow the link in the email
-- (token_hash: SHA-256 of the link's token), then MEMBER (person_id set and the FORUM_MEMBER staff
-- role held), or REMOVED by an officer with a reason. Nothing here points at a case.
create table forum_member (
    id               uuid primary key,
    forum_id         uuid not null references organisation (id),
    person_id        uuid references person (id),
    email            text not null,
    display_name     text not null,
    topics           text[] not null default '{}',
    channel          text not null check (channel in ('EMAIL', 'TEXT')),
    mobile           text,
    status           text not null check (status in ('WAITING', 'MEMBER', 'REMOVED')),
    token_hash       text unique,
    token_expires_at timestamptz,
    joined_at        timestamptz not null,
    verified_at      timestamptz,
    removed_at       timestamptz,
    removed_by_name  text,
    removed_reason   text,
    version          integer not null default 0,
    check (status <> 'REMOVED' or coalesce(removed_reason, '') <> ''),
    check (status <> 'MEMBER' or person_id is not null),
    check (channel <> 'TEXT' or mobile is not null)
);
create unique index forum_member_email on forum_member (forum_id, lower(email));
create index forum_member_person on forum_member (person_id);
create index forum_member_forum on forum_member (forum_id, status);
