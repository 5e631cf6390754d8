-- Delivery records (ADR 0041): a group session recorded once for several children, who recorded
-- each session and in which role, corrections in one step, and the indexes a provider's week needs.

-- A session run for several children at once. Each child's own row in provision_session points
-- here; this row holds only what the children share, never who the other children were.
create table provision_group_session (
    id                uuid primary key,
    session_date      date not null,
    minutes           integer check (minutes between 0 and 1440),
    delivered_by      text,
    note              text,
    recorded_by       uuid not null,
    recorded_by_name  text not null,
    recorded_at       timestamptz not null
);
alter table provision_session
    add constraint provision_session_group_session foreign key (group_session_id) references provision_group_session (id);

-- The role a session was recorded in, and whether a lead recorded it for the provider.
alter table provision_session
    add column recorded_role text,
    add column on_behalf     boolean not null default false;

-- A correction marks the old row replaced and adds the new one in the same transaction: the
-- old row must leave the "once a day" index before the new row arrives, so the link to the
-- replacement is checked at commit.
alter table provision_session drop constraint provision_session_replaced_by_fkey;
alter table provision_session
    add constraint provision_session_replaced_by_fkey foreign key (replaced_by) references provision_session (id)
        deferrable initially deferred;

-- An item's whole log, corrected sessions included (the "once a day" index of V25 holds only
-- current sessions, so it serves a provider's week but not the log).
create index provision_session_item_day on provision_session (case_id, item_lineage, session_date);
-- moving the make-ups of a corrected missed session
create index provision_session_makes_up on provision_session (makes_up) where makes_up is not null;
