-- process: when each member of staff last looked at their home page, so it can show what changed
-- since then. A visit is a run of home page views less than 30 minutes apart. previous_visit_at is
-- the last view of the visit before the current one; it moves on only when a view comes after a
-- gap of 30 minutes or more, so reloading the page or coming back to it soon does not lose what changed.
create table home_visit (
    person_id          uuid primary key,
    last_view_at       timestamptz not null,
    previous_visit_at  timestamptz
);

-- "Changed since you last looked" reads the steps recorded after a moment.
create index process_event_recorded on process_event (recorded_at);
