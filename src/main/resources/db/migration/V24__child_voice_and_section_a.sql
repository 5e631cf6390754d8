-- The child's own voice: "my views" answered one question a screen, saved screen by screen.
create table my_voice (
    id             uuid primary key,
    seq            bigint generated always as identity,
    case_id        uuid not null references child_case (id),
    started_by     uuid not null,
    speaker_name   text not null,
    on_own         boolean not null,
    helper_id      uuid,
    helper_name    text,
    helper_role    text,
    started_at     timestamptz not null,
    sent_at        timestamptz,
    check (on_own or helper_name is not null)
);
-- one unfinished "my views" per person starting it on a case
create unique index my_voice_one_open on my_voice (case_id, started_by) where sent_at is null;
create index my_voice_sent on my_voice (case_id, sent_at) where sent_at is not null;

create table my_voice_answer (
    my_voice_id    uuid not null references my_voice (id),
    question       text not null,
    choices        text[] not null default '{}',
    words          text,
    feeling        integer check (feeling between 1 and 5),
    version        integer not null,
    saved_at       timestamptz not null,
    primary key (my_voice_id, question)
);

-- Words quoted in a plan section (section A), each attributed to the person who said them.
-- A change the writer suggests is a PROPOSED row of the same lineage, which stands only once
-- the family accepts it; nothing is overwritten.
create table section_quote (
    id                uuid primary key,
    seq               bigint generated always as identity,
    version_id        uuid not null references plan_version (id),
    section           text not null,
    lineage           uuid not null,
    heading           text not null,
    body              text not null,
    picked            text,
    speaker_name      text not null,
    speaker_role      text not null,
    speaker_id        uuid,
    helper_name       text,
    said_at           timestamptz not null,
    state             text not null check (state in ('STANDS', 'PROPOSED', 'ACCEPTED', 'DECLINED', 'REPLACED')),
    proposed_by       uuid,
    proposed_by_name  text,
    reason            text,
    answered_by       uuid,
    answered_by_name  text,
    answered_at       timestamptz,
    created_at        timestamptz not null
);
create index section_quote_version on section_quote (version_id, section, seq);
-- at most one suggested change waiting on each quote
create unique index section_quote_one_proposal on section_quote (lineage) where state = 'PROPOSED';

-- Each family member told that a plan version was sent or issued (the "kept informed" level reached).
create table plan_version_told (
    version_id   uuid not null references plan_version (id),
    person_id    uuid not null,
    told_at      timestamptz not null,
    primary key (version_id, person_id)
);
