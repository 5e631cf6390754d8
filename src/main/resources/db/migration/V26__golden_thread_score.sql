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
    computed_at         timestamptz not null,
    -- the plan's newest version (the one being written, or in force when none is): the caseload counts these
    latest              boolean not null default true,
    -- the plan's newest issued version: the authority's dashboard counts these
    in_force            boolean not null default false
);
create index plan_thread_score_plan on plan_thread_score (plan_id);
create index plan_thread_score_latest_authority on plan_thread_score (local_authority_id, computed_at desc) where latest;
create index plan_thread_score_latest_school on plan_thread_score (school_id, computed_at desc) where latest and school_id is not null;
create index plan_thread_score_latest_case on plan_thread_score (case_id) where latest;
create index plan_thread_score_in_force on plan_thread_score (local_authority_id) where in_force and plan_kind = 'EHC';
