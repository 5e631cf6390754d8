-- plans: SEN support plans and EHC plans, their versions, section text revisions, structured
-- items, contributions and responses, agreement marks, comments and attachments.
create table plan (
    id          uuid primary key,
    case_id     uuid not null,
    kind        text not null check (kind in ('SEN_SUPPORT', 'EHC')),
    created_at  timestamptz not null,
    created_by  uuid not null
);
create unique index plan_one_per_kind on plan (case_id, kind);

create table plan_version (
    id                   uuid primary key,
    plan_id              uuid not null references plan (id),
    number               integer not null,
    amends               uuid references plan_version (id),
    status               text not null check (status in ('DRAFT', 'PROPOSED', 'FINAL')),
    professionals_asked  boolean not null default false,
    comment_window_ends  date,
    review_date          date,
    proposed_at          timestamptz,
    proposed_by          uuid,
    issued_at            timestamptz,
    issued_by            uuid,
    created_at           timestamptz not null,
    created_by           uuid not null,
    lock_version         integer not null default 0,
    unique (plan_id, number)
);
-- at most one version being written at a time; finals stay readable for ever
create unique index plan_version_one_open on plan_version (plan_id) where status <> 'FINAL';

create table section_revision (
    id           uuid primary key,
    seq          bigint generated always as identity,
    version_id   uuid not null references plan_version (id),
    section      text not null,
    body         text not null,
    author_id    uuid,
    author_name  text not null,
    author_role  text not null,
    written_at   timestamptz not null,
    based_on     uuid references section_revision (id),
    change_note  text
);
create index section_revision_latest on section_revision (version_id, section, seq desc);
create unique index section_revision_one_successor on section_revision (based_on) where based_on is not null;
create unique index section_revision_one_first on section_revision (version_id, section) where based_on is null;

create table attachment (
    id           uuid primary key,
    case_id      uuid not null,
    file_name    text not null,
    media_type   text not null,
    size_bytes   integer not null,
    content      bytea not null,
    uploaded_by  uuid not null,
    uploaded_at  timestamptz not null
);

create table contribution (
    id             uuid primary key,
    seq            bigint generated always as identity,
    version_id     uuid not null references plan_version (id),
    section        text not null,
    kind           text not null check (kind in
                       ('OWN_WORDS', 'PARENT_CARER_VIEW', 'PROFESSIONAL_ADVICE', 'OBSERVATION', 'REPORT')),
    body           text not null,
    author_id      uuid not null,
    author_name    text not null,
    author_role    text not null,
    created_at     timestamptz not null,
    attachment_id  uuid references attachment (id)
);
create index contribution_version on contribution (version_id, section, seq);

create table contribution_response (
    contribution_id  uuid primary key references contribution (id),
    outcome          text not null check (outcome in ('INCLUDED', 'INCLUDED_WITH_CHANGES', 'NOT_INCLUDED')),
    explanation      text,
    responder_id     uuid not null,
    responder_name   text not null,
    responded_at     timestamptz not null
);

-- A changed position is a new row; the latest per person and section counts, the older ones stay.
create table agreement_mark (
    id           bigserial primary key,
    version_id   uuid not null references plan_version (id),
    section      text not null,
    person_id    uuid not null,
    person_name  text not null,
    person_role  text not null,
    mark         text not null check (mark in ('AGREE', 'DISAGREE', 'NOT_READ')),
    reason       text,
    marked_at    timestamptz not null
);
create index agreement_mark_latest on agreement_mark (version_id, section, person_id, id desc);

-- Needs (B), outcomes (E) and provision (F, G, H1, H2; SEN support): an edit is a new row that
-- supersedes the old one, so earlier wording is never lost.
create table plan_item (
    id              uuid primary key,
    seq             bigint generated always as identity,
    version_id      uuid not null references plan_version (id),
    section         text not null,
    kind            text not null check (kind in ('NEED', 'OUTCOME', 'PROVISION')),
    description     text not null,
    by_when         text,
    provider        text,
    frequency       text,
    session_length  text,
    group_size      text,
    starts          date,
    ends            date,
    links           uuid[] not null default '{}',
    lineage         uuid not null,
    created_at      timestamptz not null,
    created_by      uuid not null,
    created_by_name text not null,
    superseded_at   timestamptz,
    removed_at      timestamptz
);
create index plan_item_current on plan_item (version_id, section) where superseded_at is null and removed_at is null;
create unique index plan_item_one_current on plan_item (version_id, lineage) where superseded_at is null;

create table plan_comment (
    id           uuid primary key,
    seq          bigint generated always as identity,
    version_id   uuid not null references plan_version (id),
    section      text not null,
    parent_id    uuid references plan_comment (id),
    body         text not null,
    author_id    uuid not null,
    author_name  text not null,
    author_role  text not null,
    created_at   timestamptz not null
);
create index plan_comment_section on plan_comment (version_id, section, seq);
