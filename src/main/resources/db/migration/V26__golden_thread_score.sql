-- The golden thread of each plan version (ADR 0039): the checks met of the checks made and the
-- gaps, kept up to date in the same transaction as every change to a need, an outcome, a
-- provision item, a link between them or the section about the child. The caseload and the
-- authority's dashboard count these rows and never work the thread out plan by plan.
-- The case's authority and school are copies, kept in step when a case moves (as ADR 0019).
create table plan_thread_score (
    version_id          uuid primary key references plan_version (id),
    plan_id             uuid not null references plan (id),
    case_id             uuid not null,
    plan_kind           text not null check (plan_kind in ('SEN_SUPPORT', 'EHC')),
    number              integer not null,
    local_authority_id  uuid not null,
    school_id           uuid,
    checks              integer not null check (checks >= 0),
    met                 integer not null check (met between 0 and checks),
    gaps                integer not null check (gaps = checks - met),
    computed_at         timestamptz not null
);
create index plan_thread_score_authority on plan_thread_score (local_authority_id, plan_id, number desc);
create index plan_thread_score_school on plan_thread_score (school_id, plan_id, number desc) where school_id is not null;
create index plan_thread_score_case on plan_thread_score (case_id, plan_id, number desc);
