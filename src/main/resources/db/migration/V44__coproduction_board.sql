-- The co-production board. Each item of the programme of work has a co-lead from each side (one
-- from the parent carer forum, one from the local authority) and its dates; each change of status
-- is kept with who made it and when.
alter table programme_item
    add column forum_lead_id        uuid,
    add column forum_lead_name      text,
    add column authority_lead_id    uuid,
    add column authority_lead_name  text,
    add column starts_on            date,
    add column target_on            date,
    add constraint programme_item_dates check (starts_on is null or target_on is null or target_on > starts_on);

create table programme_item_change (
    id           uuid primary key,
    seq          bigint generated always as identity,
    item_id      uuid not null references programme_item (id),
    from_status  text,
    to_status    text not null,
    note         text,
    by_name      text not null,
    at           timestamptz not null
);
create index programme_item_change_item on programme_item_change (item_id, seq);

-- Board meetings of an area: when and where, the agenda (items of the programme or free points) and
-- the minutes, saved as revisions with a version so a concurrent edit is refused, never lost.
create table board_meeting (
    id                  uuid primary key,
    local_authority_id  uuid not null references organisation (id),
    forum_id            uuid not null references organisation (id),
    starts_at           timestamp not null,
    place               text not null check (place <> ''),
    minutes             text not null default '',
    minutes_by_name     text,
    minutes_at          timestamptz,
    minutes_version     integer not null default 0,
    arranged_by_name    text not null,
    arranged_at         timestamptz not null
);
create index board_meeting_area on board_meeting (local_authority_id, starts_at);

create table board_agenda_point (
    meeting_id  uuid not null references board_meeting (id),
    position    integer not null,
    item_id     uuid references programme_item (id),
    words       text,
    primary key (meeting_id, position),
    check ((item_id is null) <> (words is null))
);

create table board_minutes_revision (
    id          uuid primary key,
    meeting_id  uuid not null references board_meeting (id),
    version     integer not null,
    body        text not null,
    by_name     text not null,
    at          timestamptz not null,
    unique (meeting_id, version)
);

-- Which programme item a board decision or action is about (optional): decision and action ids.
create table board_record_item (
    record_id  uuid primary key,
    item_id    uuid not null references programme_item (id)
);
create index board_record_item_item on board_record_item (item_id);

-- The meetings module keeps the board's decisions and actions in its own tables: each row belongs to
-- exactly one case or one board meeting. A board action's owner is a person, not a case member.
alter table decision alter column case_id drop not null;
alter table decision add column board_meeting_id uuid references board_meeting (id);
alter table decision add constraint decision_one_scope check ((case_id is null) <> (board_meeting_id is null));
alter table decision drop constraint decision_holder_check;
alter table decision add constraint decision_holder_check
    check (holder in ('LOCAL_AUTHORITY', 'SCHOOL', 'HEALTH', 'SOCIAL_CARE', 'BOARD'));
alter table decision add constraint decision_board_holder check ((holder = 'BOARD') = (board_meeting_id is not null));
create index decision_board on decision (board_meeting_id, recorded_at) where board_meeting_id is not null;

alter table meeting_action alter column case_id drop not null;
alter table meeting_action alter column owner_member_id drop not null;
alter table meeting_action add column board_meeting_id uuid references board_meeting (id);
alter table meeting_action add constraint meeting_action_one_scope check ((case_id is null) <> (board_meeting_id is null));
alter table meeting_action add constraint meeting_action_case_owner check (case_id is null or owner_member_id is not null);
create index meeting_action_board on meeting_action (board_meeting_id, due_on) where board_meeting_id is not null;
