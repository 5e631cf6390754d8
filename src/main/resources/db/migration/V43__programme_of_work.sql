-- The co-production board's programme of work: items the local authority and its parent carer
-- forum agree to work on together. An item can come from the bench model: a theme marked on enough
-- cases is raised here with the number of families it came from (never their names).
create table programme_item (
    id                 uuid primary key,
    local_authority_id uuid not null references organisation (id),
    forum_id           uuid not null references organisation (id),
    title              text not null check (title <> ''),
    summary            text not null,
    rung               text not null check (rung in ('INFORMING', 'CONSULTING', 'ENGAGING', 'CO_DESIGNING', 'CO_PRODUCING')),
    status             text not null check (status in ('PROPOSED', 'AGREED', 'IN_PROGRESS', 'DONE', 'STOPPED')),
    theme_id           uuid,
    families           integer check (families is null or families >= 0),
    we_did             text,
    stopped_reason     text,
    created_by_name    text not null,
    created_at         timestamptz not null,
    updated_at         timestamptz not null,
    version            integer not null default 0,
    check (status <> 'DONE' or coalesce(we_did, '') <> ''),
    check (status <> 'STOPPED' or coalesce(stopped_reason, '') <> '')
);
create index programme_item_area on programme_item (local_authority_id, status);
create unique index programme_item_theme on programme_item (theme_id) where theme_id is not null;
