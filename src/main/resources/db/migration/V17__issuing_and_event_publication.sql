-- plans: a parent or young person saying they have finished commenting on a version sent for
-- comment. Read only when coplan.plans.issue-when-family-finished is on (off by default).
create table plan_comment_finished (
    version_id   uuid not null references plan_version (id),
    person_id    uuid not null,
    finished_at  timestamptz not null,
    primary key (version_id, person_id)
);

-- Spring Modulith's event publication registry (spring-modulith-events-jdbc 2.1, schema v2):
-- each event handed to a module listener is written here in the publishing transaction and
-- marked complete when the listener has run, so a listener that fails is run again after a
-- restart instead of being lost.
create table event_publication (
    id                      uuid not null primary key,
    listener_id             text not null,
    event_type              text not null,
    serialized_event        text not null,
    publication_date        timestamptz not null,
    completion_date         timestamptz,
    status                  text,
    completion_attempts     int,
    last_resubmission_date  timestamptz
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
