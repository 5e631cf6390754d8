-- cases: the times a family member cannot attend, as weekday and part of the day, so a meeting's
-- proposed times can be checked against them. The free text in participation_choice stays beside it.
create table participation_unavailable (
    member_id    uuid not null references case_member (id),
    weekday      text not null check (weekday in ('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY')),
    part_of_day  text not null check (part_of_day in ('MORNING', 'AFTERNOON', 'EVENING')),
    primary key (member_id, weekday, part_of_day)
);

-- meetings: planning meetings, annual review meetings and structured conversations on a case.
create table meeting (
    id                    uuid primary key,
    case_id               uuid not null references child_case (id),
    kind                  text not null check (kind in ('PLANNING', 'ANNUAL_REVIEW', 'STRUCTURED_CONVERSATION')),
    title                 text not null,
    mode                  text not null check (mode in ('IN_PERSON', 'ONLINE', 'PHONE')),
    place                 text not null,
    short_notice_reason   text,
    family_agreed_short   boolean not null default false,
    clash_reason          text,
    organiser_id          uuid not null,
    organiser_name        text not null,
    organiser_role        text not null,
    arranged_at           timestamptz not null,
    completed_at          timestamptz,
    completed_by_name     text,
    -- a review meeting whose held step was not accepted on the timeline stays false
    review_held_recorded  boolean not null default false,
    check (kind <> 'ANNUAL_REVIEW' or short_notice_reason is null or family_agreed_short)
);
create index meeting_case on meeting (case_id, arranged_at);

-- Each proposed time: a local date and start time (Europe/London) and a length in minutes.
create table meeting_time (
    meeting_id  uuid not null references meeting (id),
    position    integer not null,
    starts_at   timestamp not null,
    minutes     integer not null check (minutes between 5 and 600),
    primary key (meeting_id, position)
);

-- Who is invited (always an active case member when invited) and their answer.
create table meeting_attendee (
    meeting_id   uuid not null references meeting (id),
    member_id    uuid not null references case_member (id),
    person_id    uuid not null,
    reply        text check (reply in ('ATTENDING', 'NOT_ATTENDING', 'MAYBE')),
    reply_note   text,
    replied_at   timestamptz,
    primary key (meeting_id, member_id)
);

-- Explore: a view said at the meeting, in the speaker's own words, attributed to them.
create table meeting_view (
    id                uuid primary key,
    meeting_id        uuid not null references meeting (id),
    speaker_member_id uuid not null references case_member (id),
    speaker_name      text not null,
    speaker_role      text not null,
    words             text not null,
    recorded_by_id    uuid not null,
    recorded_by_name  text not null,
    recorded_at       timestamptz not null
);
create index meeting_view_meeting on meeting_view (meeting_id, recorded_at);

-- Focus, Plan and Review notes, and each family member's own account (account_of = their person id):
-- a chain of revisions. The unique index refuses a second save based on the same revision, so a
-- concurrent edit is never silently overwritten (as ADR 0008 does for "All about me").
create table meeting_note_revision (
    id            uuid primary key,
    meeting_id    uuid not null references meeting (id),
    part          text not null check (part in ('FOCUS', 'PLAN', 'REVIEW', 'FAMILY_ACCOUNT')),
    account_of    uuid,
    body          text not null,
    author_id     uuid not null,
    author_name   text not null,
    author_role   text not null,
    written_at    timestamptz not null,
    based_on      uuid references meeting_note_revision (id),
    check ((part = 'FAMILY_ACCOUNT') = (account_of is not null))
);
create unique index meeting_note_one_successor on meeting_note_revision (meeting_id, part, account_of, based_on) nulls not distinct;

-- Decisions, from a meeting or on their own. Nothing is overwritten: a decision is recorded once.
create table decision (
    id                uuid primary key,
    case_id           uuid not null references child_case (id),
    meeting_id        uuid references meeting (id),
    question          text not null,
    options           text not null,
    holder            text not null check (holder in ('LOCAL_AUTHORITY', 'SCHOOL', 'HEALTH', 'SOCIAL_CARE')),
    decision          text not null check (decision <> ''),
    reasons           text not null check (reasons <> ''),
    recorded_by_id    uuid not null,
    recorded_by_name  text not null,
    recorded_by_role  text not null,
    recorded_at       timestamptz not null
);
create index decision_case on decision (case_id, recorded_at);

-- The plan sections a decision changes (plan_id: the case's current plan of that kind, if any).
create table decision_section (
    decision_id  uuid not null references decision (id),
    section      text not null,
    plan_id      uuid,
    primary key (decision_id, section)
);

-- Each participant's position. A disagreement always carries its reasons.
create table decision_position (
    decision_id   uuid not null references decision (id),
    member_id     uuid not null references case_member (id),
    member_name   text not null,
    member_role   text not null,
    position      text not null check (position in ('AGREE', 'DISAGREE', 'ABSTAIN')),
    reasons       text,
    primary key (decision_id, member_id),
    check (position <> 'DISAGREE' or coalesce(reasons, '') <> '')
);

-- Actions: who does what by when.
create table meeting_action (
    id                uuid primary key,
    case_id           uuid not null references child_case (id),
    meeting_id        uuid references meeting (id),
    decision_id       uuid references decision (id),
    description       text not null,
    owner_member_id   uuid not null references case_member (id),
    owner_person_id   uuid not null,
    owner_name        text not null,
    owner_role        text not null,
    due_on            date not null,
    status            text not null check (status in ('OPEN', 'DONE', 'CANCELLED')),
    cancel_reason     text,
    status_changed_at timestamptz,
    status_changed_by text,
    created_by_name   text not null,
    created_at        timestamptz not null,
    version           integer not null default 0,
    check (status <> 'CANCELLED' or coalesce(cancel_reason, '') <> '')
);
create index meeting_action_case on meeting_action (case_id, due_on);
