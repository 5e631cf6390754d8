-- cases: the child or young person, the team, participation choices, "All about me", invitations
create table child_case (
    id                    uuid primary key,
    given_name            text not null,
    family_name           text not null,
    preferred_name        text,
    date_of_birth         date not null,
    school_id             uuid,
    local_authority_id    uuid not null,
    stage                 text not null check (stage in
                              ('SEN_SUPPORT', 'ASSESSMENT_REQUESTED', 'ASSESSMENT', 'DRAFT_PLAN', 'EHC_PLAN', 'CEASED')),
    named_contact_id      uuid,
    parent_access_choice  text not null default 'NOT_RECORDED' check (parent_access_choice in
                              ('NOT_RECORDED', 'FULL', 'VIEW_ONLY', 'NONE')),
    version               integer not null default 0,
    created_at            timestamptz not null
);
create index child_case_school on child_case (school_id);
create index child_case_la on child_case (local_authority_id);

create table case_member (
    id          uuid primary key,
    case_id     uuid not null references child_case (id),
    person_id   uuid not null,
    case_role   text not null check (case_role in
                    ('PARENT_CARER', 'CHILD_YOUNG_PERSON', 'SENCO', 'EHC_COORDINATOR', 'EDUCATIONAL_PSYCHOLOGIST',
                     'HEALTH_PROFESSIONAL', 'SOCIAL_CARE', 'SENDIASS_ADVISER', 'OTHER_PROFESSIONAL')),
    added_at    timestamptz not null,
    added_by    uuid,
    removed_at  timestamptz,
    removed_by  uuid
);
create unique index case_member_active on case_member (case_id, person_id) where removed_at is null;
create index case_member_person on case_member (person_id) where removed_at is null;

alter table child_case add constraint named_contact_member foreign key (named_contact_id) references case_member (id);

create table participation_choice (
    member_id            uuid primary key references case_member (id),
    involvement          text not null check (involvement in ('KEPT_INFORMED', 'ASKED_FOR_VIEWS', 'INVOLVED_IN_DECISIONS', 'CO_PRODUCING')),
    channels             text[] not null,
    language             text not null,
    interpreter_needed   boolean not null,
    accessibility_needs  text,
    support              text[] not null,
    cannot_attend        text,
    version              integer not null default 0,
    updated_at           timestamptz not null
);

-- Nothing is overwritten: each save of a part of "All about me" is a new revision.
create table about_me_revision (
    id           uuid primary key,
    seq          bigint generated always as identity,
    case_id      uuid not null references child_case (id),
    part         text not null check (part in ('LIKE_AND_ADMIRE', 'IMPORTANT_TO_ME', 'HOW_TO_SUPPORT_ME')),
    body         text not null,
    author_id    uuid not null,
    author_name  text not null,
    author_role  text not null,
    written_at   timestamptz not null,
    based_on     uuid references about_me_revision (id)
);
create index about_me_latest on about_me_revision (case_id, part, seq desc);
-- two saves from the same revision cannot both succeed
create unique index about_me_one_successor on about_me_revision (based_on) where based_on is not null;
create unique index about_me_one_first on about_me_revision (case_id, part) where based_on is null;

create table case_invitation (
    id           uuid primary key,
    case_id      uuid not null references child_case (id),
    email        text not null,
    name         text not null,
    case_role    text not null,
    token_hash   text not null unique,
    invited_by   uuid not null,
    created_at   timestamptz not null,
    expires_at   timestamptz not null,
    accepted_at  timestamptz,
    withdrawn_at timestamptz
);
create unique index case_invitation_open on case_invitation (case_id, lower(email))
    where accepted_at is null and withdrawn_at is null;
