-- meetings: each family member's views before a meeting, in their own words ("my views"): what is going
-- well, what is hard, what they want to happen, their questions. A chain of revisions, never overwritten:
-- the unique index refuses a second save based on the same revision. A view recorded on someone's behalf
-- names who recorded it and stays marked until that person confirms it (confirmed_at) or corrects it
-- (a new revision in their own hand).
create table meeting_own_view (
    id               uuid primary key,
    meeting_id       uuid not null references meeting (id),
    member_id        uuid not null references case_member (id),
    member_name      text not null,
    member_role      text not null,
    going_well       text,
    hard             text,
    wanted           text,
    questions        text,
    written_by_id    uuid not null,
    written_by_name  text not null,
    on_behalf        boolean not null,
    written_at       timestamptz not null,
    based_on         uuid references meeting_own_view (id),
    confirmed_at     timestamptz,
    check (coalesce(going_well, '') <> '' or coalesce(hard, '') <> '' or coalesce(wanted, '') <> ''
           or coalesce(questions, '') <> '')
);
create unique index meeting_own_view_one_successor on meeting_own_view (meeting_id, member_id, based_on) nulls not distinct;

-- A case lead's notes beside a family member's views: separate, so the views themselves are never edited.
create table meeting_own_view_note (
    id           uuid primary key,
    meeting_id   uuid not null references meeting (id),
    member_id    uuid not null references case_member (id),
    body         text not null check (body <> ''),
    author_id    uuid not null,
    author_name  text not null,
    written_at   timestamptz not null
);
create index meeting_own_view_note_meeting on meeting_own_view_note (meeting_id, written_at);

-- A decision's review date, and when its owner (who recorded it) was reminded. The reminder is claimed by
-- setting review_reminded_at where it is still null, so with several nodes only one sends it.
alter table decision add column review_on date;
alter table decision add column review_owner_id uuid;
alter table decision add column review_reminded_at timestamptz;
create index decision_review_due on decision (review_on) where review_reminded_at is null;

-- Positions: who entered each one, and whether it was entered on the person's behalf. One entered on
-- someone's behalf stays marked until they confirm it (confirmed_at) or give their own. Positions recorded
-- before this change were all typed by the recorder, so they count as entered on the person's behalf.
alter table decision_position add column on_behalf boolean not null default true;
alter table decision_position add column entered_by_name text;
alter table decision_position add column given_at timestamptz;
alter table decision_position add column confirmed_at timestamptz;
alter table decision_position add column version integer not null default 0;

-- The level of involvement each family member reached on each meeting and decision (the participation
-- ladder: KEPT_INFORMED, ASKED_FOR_VIEWS, INVOLVED_IN_DECISIONS, CO_PRODUCING). Only ever raised.
create table involvement_reached (
    case_id      uuid not null references child_case (id),
    subject      text not null check (subject in ('MEETING', 'DECISION')),
    subject_id   uuid not null,
    member_id    uuid not null references case_member (id),
    level        text not null check (level in ('KEPT_INFORMED', 'ASKED_FOR_VIEWS', 'INVOLVED_IN_DECISIONS', 'CO_PRODUCING')),
    rank         integer not null,
    reached_at   timestamptz not null,
    primary key (subject, subject_id, member_id)
);
create index involvement_reached_case on involvement_reached (case_id);

-- Each decision keeps a copy of its case's local authority and school, kept in step by the cases
-- module's CaseChanged event (as actions do, V9), so a caseload counts the decisions due for review
-- from the meetings module's own table.
alter table decision add column local_authority_id uuid, add column school_id uuid;
update decision d set local_authority_id = c.local_authority_id, school_id = c.school_id
from child_case c where c.id = d.case_id;
create index decision_review_authority on decision (local_authority_id, review_on) include (case_id);
create index decision_review_school on decision (school_id, review_on) include (case_id);
