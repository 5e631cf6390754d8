-- Term dates and fidelity of provision (ADR 0040, docs/term-dates-and-fidelity.md).

-- A school year's term dates, set by a local authority (its default for every school in its area)
-- or by one school. No row: the school follows its authority; an authority without a row follows
-- the built-in calendar for England. Each term has a half-term break inside it.
create table term_dates (
    owner_id            uuid not null,
    owner_kind          text not null check (owner_kind in ('AUTHORITY', 'SCHOOL')),
    school_year         integer not null check (school_year between 2000 and 2100),
    autumn_first        date not null,
    autumn_last         date not null,
    autumn_half_first   date not null,
    autumn_half_last    date not null,
    spring_first        date not null,
    spring_last         date not null,
    spring_half_first   date not null,
    spring_half_last    date not null,
    summer_first        date not null,
    summer_last         date not null,
    summer_half_first   date not null,
    summer_half_last    date not null,
    version             integer not null default 1,
    updated_by          uuid not null,
    updated_by_name     text not null,
    updated_at          timestamptz not null,
    primary key (owner_id, school_year)
);

-- Each case's local authority and school, kept in step with the cases module by CaseChanged, so
-- provision figures can be grouped without reading the cases module's tables.
create table provision_case (
    case_id          uuid primary key,
    local_authority  uuid not null,
    school           uuid,
    child_name       text not null
);
create index provision_case_authority on provision_case (local_authority);
create index provision_case_school on provision_case (school) where school is not null;

insert into provision_case (case_id, local_authority, school, child_name)
select id, local_authority_id, school_id,
       coalesce(nullif(btrim(preferred_name), ''), given_name) || ' ' || family_name
from child_case;

-- Each item's fidelity in its school's current half-term, as of the last check (each recorded
-- session, and daily). The caseload and the authority's dashboard read this, not the sessions.
create table provision_fidelity_now (
    case_id          uuid not null,
    item_lineage     uuid not null,
    local_authority  uuid not null,
    school           uuid,
    section          text not null,
    period_first     date not null,
    period_last      date not null,
    expected         integer not null,
    delivered        integer not null,
    made_up          integer not null,
    not_delivered    integer not null,
    shortfall        boolean not null,
    checked_at       timestamptz not null,
    primary key (case_id, item_lineage)
);
create index provision_fidelity_now_authority on provision_fidelity_now (local_authority, school);
create index provision_fidelity_now_short on provision_fidelity_now (local_authority, case_id) where shortfall;

-- Who was told of a shortfall on an item in a half-term: the row is the claim that makes each
-- person told once, on however many nodes the check runs (as reminders, ADR 0014).
create table provision_shortfall_told (
    case_id       uuid not null,
    item_lineage  uuid not null,
    period_first  date not null,
    person_id     uuid not null,
    told_at       timestamptz not null,
    primary key (case_id, item_lineage, period_first, person_id)
);

-- How far the check after recorded sessions has read (provision_session.seq). Sessions already
-- recorded are left to the first daily check.
create table provision_check_mark (
    name      text primary key,
    last_seq  bigint not null
);
insert into provision_check_mark (name, last_seq) select 'sessions', coalesce(max(seq), 0) from provision_session;

-- The case pages count one case's sessions in a period; the daily check counts a half-term's.
create index provision_session_case_date on provision_session (case_id, session_date)
    include (item_lineage, status, reason, makes_up, minutes) where replaced_by is null;
create index provision_session_seq on provision_session (seq);
