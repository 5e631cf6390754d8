-- resolution: disagreements on a case, the stages they go through and the dates recorded on them.

-- One row per disagreement. What it is about is a kind and a reference, so kinds can be added
-- (a meeting decision, later) without changing the table:
--   subject_kind PLAN_SECTION: subject_ref is the section code (B, F, NEEDS...); a case has one
--                plan of each kind, so the code names the plan too
--   subject_kind STATUTORY_DECISION: subject_ref is the process_event id of the decision
--   subject_kind OTHER: about_text says what it is about
-- decision_id is the appealable decision whose notice starts the appeal clock (the decision
-- itself, or for sections B, F and I the latest plan issued when it was raised), else null.
-- local_authority_id and school_id are copies from the case, kept in step by CaseChanged,
-- so the dashboards never read the cases module's tables.
create table disagreement (
    id                  uuid primary key,
    seq                 bigint generated always as identity,
    case_id             uuid not null references child_case (id),
    local_authority_id  uuid not null,
    school_id           uuid,
    subject_kind        text not null,
    subject_ref         text,
    about_text          text,
    decision_id         uuid,
    decision_kind       text,
    disagree_with       text not null,
    would_like          text,
    stage               text not null,
    outcome             text,
    outcome_note        text,
    raised_by           uuid not null,
    raised_by_name      text not null,
    raised_by_role      text not null,
    raised_on           date not null,
    raised_at           timestamptz not null,
    closed_on           date,
    version             integer not null default 0
);
create index disagreement_case on disagreement (case_id, seq);
create index disagreement_open_authority on disagreement (local_authority_id, raised_on) where closed_on is null;
create index disagreement_open_school on disagreement (school_id, raised_on) where closed_on is null;

-- Every stage change, with who made it, when and why. Nothing is overwritten.
create table disagreement_stage_change (
    id               uuid primary key,
    seq              bigint generated always as identity,
    disagreement_id  uuid not null references disagreement (id),
    from_stage       text,
    to_stage         text not null,
    outcome          text,
    note             text not null,
    changed_by       uuid not null,
    changed_by_name  text not null,
    changed_by_role  text not null,
    changed_at       timestamptz not null
);
create index disagreement_stage_change_of on disagreement_stage_change (disagreement_id, seq);

-- The dates on the way to mediation or the Tribunal: notice sent, adviser contacted, mediation
-- wanted or not, mediation held, certificate issued. The deadlines are computed from these.
create table disagreement_step (
    id               uuid primary key,
    seq              bigint generated always as identity,
    disagreement_id  uuid not null references disagreement (id),
    kind             text not null,
    occurred_on      date not null,
    recorded_by      uuid not null,
    recorded_by_name text not null,
    recorded_at      timestamptz not null
);
create index disagreement_step_of on disagreement_step (disagreement_id, seq);
