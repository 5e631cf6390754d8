-- Progress on outcomes (ADR 0042). Each local authority sets the steps of its progress scale;
-- the team records a step against an outcome in force with the evidence; the child and family add
-- their own view in their own words. Nothing here is changed after it is written, except a step's
-- name and place on the scale.

-- One row per authority whose scale has been written down: its version refuses a save based on an
-- older one. An authority with no row uses the default scale, whose steps have fixed ids.
create table progress_scale (
    authority_id  uuid primary key,
    version       integer not null,
    changed_at    timestamptz not null,
    changed_by    uuid
);

create table progress_step (
    id            uuid primary key,
    authority_id  uuid not null references progress_scale (authority_id),
    position      integer not null,
    label         text not null check (length(label) between 1 and 40),
    unique (authority_id, position) deferrable initially deferred
);

-- A file attached to a progress record, kept in the database like every other upload.
create table progress_attachment (
    id            uuid primary key,
    case_id       uuid not null,
    file_name     text not null,
    media_type    text not null,
    size_bytes    integer not null,
    content       bytea not null,
    uploaded_by   uuid not null,
    uploaded_at   timestamptz not null
);

-- A step on the scale, recorded by a member of staff against an outcome (its lineage, which
-- survives edits and plan versions). A step in use cannot be deleted from the scale.
create table progress_record (
    id                uuid primary key,
    seq               bigint generated always as identity,
    case_id           uuid not null,
    outcome_lineage   uuid not null,
    step_id           uuid not null references progress_step (id) on delete restrict,
    evidence          text not null check (length(evidence) between 1 and 2000),
    observed_by       text not null,
    observed_on       date not null,
    attachment_id     uuid references progress_attachment (id),
    recorded_by       uuid not null,
    recorded_by_name  text not null,
    recorded_role     text not null,
    recorded_at       timestamptz not null
);
-- The outcomes page reads the newest record of each outcome; the history page reads one outcome's
-- records in date order; a review reads them by date.
create index progress_record_outcome on progress_record (case_id, outcome_lineage, observed_on desc, seq desc);
create index progress_record_step on progress_record (step_id);

-- The child's or family's own view of how an outcome is going, in their words, with an optional
-- plain choice. Staff never change it.
create table progress_view (
    id                uuid primary key,
    seq               bigint generated always as identity,
    case_id           uuid not null,
    outcome_lineage   uuid not null,
    words             text not null check (length(words) between 1 and 2000),
    feeling           text check (feeling in ('GOING_WELL', 'GOING_OK', 'NOT_GOING_WELL', 'DONT_KNOW')),
    author_id         uuid not null,
    author_name       text not null,
    author_role       text not null,
    added_at          timestamptz not null
);
create index progress_view_outcome on progress_view (case_id, outcome_lineage, seq desc);

-- Records and views are kept as written: the application may add and read them, never change or
-- delete them (as for the audit trail, ADR 0022).
do $$
declare
    app text := '${application_role}';
begin
    if app = current_user then
        return;
    end if;
    execute format('revoke update, delete, truncate on progress_record from %I', app);
    execute format('revoke update, delete, truncate on progress_view from %I', app);
end
$$;
