-- Reviews start from evidence (ADR 0043). An annual review meeting shows, for the period since the
-- last review, progress on each outcome in force and how each provision item was delivered. When
-- the meeting's record is completed (the meeting was held) the figures it showed are kept here, so
-- a later correction of a session or a progress record does not change what the review saw.
create table review_evidence (
    meeting_id          uuid primary key references meeting (id),
    case_id             uuid not null,
    period_from         date not null,
    period_to           date not null,
    since_last_review   boolean not null,
    progress_recorded   boolean not null,
    fidelity_recorded   boolean not null,
    kept_at             timestamptz not null
);

create table review_evidence_outcome (
    meeting_id       uuid not null references review_evidence (meeting_id),
    position         integer not null,
    lineage          uuid,
    outcome          text not null,
    by_when          text,
    recorded         boolean not null,
    step_at_start    text,
    step_now         text,
    records          integer not null default 0,
    latest_evidence  text,
    family_view      text,
    link             text,
    primary key (meeting_id, position)
);

create table review_evidence_item (
    meeting_id     uuid not null references review_evidence (meeting_id),
    position       integer not null,
    lineage        uuid,
    section        text not null,
    description    text not null,
    recorded       boolean not null,
    expected       integer,
    delivered      integer not null default 0,
    not_delivered  integer not null default 0,
    not_accounted  integer not null default 0,
    made_up        integer not null default 0,
    plain_words    text,
    shortfall      boolean not null default false,
    link           text,
    primary key (meeting_id, position)
);

-- The proposals an annual review makes to change the plan in force: one set per meeting, changed
-- only by someone who saw its current version, and the amendment draft it became.
create table review_proposals (
    meeting_id             uuid primary key references meeting (id),
    case_id                uuid not null,
    version                integer not null default 0,
    changed_at             timestamptz,
    changed_by_name        text,
    draft_plan_id          uuid,
    draft_version          integer,
    draft_started_at       timestamptz,
    draft_started_by_name  text
);

create table review_proposal (
    id          uuid primary key,
    meeting_id  uuid not null references review_proposals (meeting_id),
    position    integer not null,
    change      text not null check (change in ('KEEP', 'CHANGE', 'STOP', 'ADD')),
    item_kind   text not null check (item_kind in ('OUTCOME', 'PROVISION')),
    -- the item in force a keep, change or stop is about; null for a new item
    lineage     uuid,
    section     text,
    -- the item's words when the proposal was made, so the record reads the same later
    was         text,
    words       text,
    by_when     text,
    sessions    integer check (sessions between 1 and 100),
    per         text check (per in ('WEEK', 'HALF_TERM', 'TERM')),
    minutes     integer check (minutes between 1 and 1440),
    group_size  integer check (group_size between 1 and 100),
    outcomes    uuid[] not null default '{}',
    check (change = 'ADD' or lineage is not null),
    check (change <> 'CHANGE' or words is not null),
    check (change <> 'ADD' or (words is not null and section is not null))
);
create unique index review_proposal_item on review_proposal (meeting_id, lineage) where lineage is not null;
create index review_proposal_meeting on review_proposal (meeting_id, position);

-- plans: where an amendment draft came from (the review whose proposals it applies), for a link back.
create table plan_version_origin (
    version_id  uuid primary key references plan_version (id),
    words       text not null,
    link        text not null
);
