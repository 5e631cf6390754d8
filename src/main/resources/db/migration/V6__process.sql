-- process: the statutory steps recorded on a case, and the deadlines computed from them.

-- One row per thing that happened. A correction changes the date in place (the audit log keeps
-- the old value) and every deadline is recomputed from the events.
create table process_event (
    id                uuid primary key,
    seq               bigint generated always as identity,
    case_id           uuid not null references child_case (id),
    kind              text not null,
    occurred_on       date not null,
    arrived_at        timestamp,
    channel           text,
    source            text,
    outcome           text,
    adviser           text,
    adviser_name      text,
    related_id        uuid references process_event (id),
    deadline_key      text,
    target_on         date,
    ends_on           date,
    reasons           text,
    recorded_by       uuid not null,
    recorded_by_name  text not null,
    recorded_at       timestamptz not null,
    version           integer not null default 0
);
create index process_event_case on process_event (case_id, occurred_on, seq);

-- Read model: every deadline of every case, rewritten whenever the case's events change.
create table process_deadline (
    case_id           uuid not null references child_case (id),
    local_authority_id uuid not null,
    deadline_key      text not null,
    subject_id        uuid not null,
    rule              text not null,
    responsible       text not null,
    due_on            date not null,
    opens_on          date,
    met_on            date,
    closed            boolean not null,
    excepted          boolean not null,
    exception_reason  text,
    guidance          boolean not null,
    primary key (case_id, deadline_key, subject_id)
);
create index process_deadline_open on process_deadline (due_on) where not closed;

-- Read model: one row per case for dashboards, kept up to date from the cases module's
-- CaseChanged events and from every recorded step.
create table process_summary (
    case_id              uuid primary key references child_case (id),
    local_authority_id   uuid not null,
    school_id            uuid,
    child_name           text not null,
    given_name           text not null,
    family_name          text not null,
    date_of_birth        date not null,
    stage                text not null,
    next_key             text,
    next_due_on          date,
    next_responsible     text,
    next_excepted        boolean not null default false,
    request_received_on  date,
    final_due_on         date,
    final_issued_on      date,
    final_excepted       boolean not null default false,
    review_due_on        date,
    last_review_on       date
);
-- Caseload pages read a page of cases in deadline order (no deadline last, then by name), for
-- an authority or a school; "my cases" looks cases up by id. The authority view groups by stage.
create index process_summary_authority on process_summary (local_authority_id, next_due_on, child_name, case_id);
create index process_summary_school on process_summary (school_id, next_due_on, child_name, case_id);
create index process_summary_final on process_summary (local_authority_id, final_issued_on);
create index process_summary_stage on process_summary (local_authority_id, stage);
-- The authority view: plans issued in a period, and open deadlines by kind.
-- The case's local authority is copied onto each deadline (the whole case is rewritten when it
-- changes), so the authority view reads one authority's deadlines without joining the summary.
create index process_deadline_met on process_deadline (local_authority_id, deadline_key, met_on) where met_on is not null;
-- Overdue duties: a family's windows stay open once passed (they are not duties), so they are
-- left out here, as are deadlines with an exception.
create index process_deadline_overdue on process_deadline (local_authority_id, due_on) include (deadline_key)
    where not closed and not excepted and responsible <> 'FAMILY';

-- A reminder is claimed by inserting its row in the same transaction that sends it. The primary
-- key makes the claim unique across every application instance sharing the database: the
-- instance whose insert succeeds sends; a failed send rolls the claim back for a later run.
--   kind: DUE_SOON (lead_days before due_on), OVERDUE (after due_on), WINDOW_OPEN (a window
--         opened for the family); lead_days is 0 for the last two
--   outcome: EMAILED, or NOT_EMAILED_CHANNEL when a family member chose no email and the case
--            lead was emailed to tell them by their chosen way instead
create table process_reminder (
    case_id        uuid not null references child_case (id),
    deadline_key   text not null,
    subject_id     uuid not null,
    due_on         date not null,
    kind           text not null,
    lead_days      integer not null,
    person_id      uuid not null,
    recipient_role text not null,
    outcome        text not null,
    sent_at        timestamptz not null,
    primary key (case_id, deadline_key, subject_id, due_on, kind, lead_days, person_id)
);

-- A lease on a scheduled job, so that only one instance scans at a time. Only an optimisation:
-- the claim above is what stops a reminder going out twice.
create table process_job_lease (
    job         text primary key,
    holder      text not null,
    expires_at  timestamptz not null
);
