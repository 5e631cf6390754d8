-- The bench model: staff and families mark something on a child's case as an instance of a theme
-- for the school, service or area. A theme's weight is the number of distinct cases with a mark the
-- family agreed to; it never says which cases. A theme with enough weight becomes a programme item.
create table theme (
    id                 uuid primary key,
    local_authority_id uuid not null references organisation (id),
    organisation_id    uuid references organisation (id),
    title              text not null check (title <> ''),
    description        text not null,
    created_by         uuid not null,
    status             text not null default 'OPEN' check (status in ('OPEN', 'RAISED')),
    created_at         timestamptz not null,
    version            integer not null default 0
);
create index theme_area on theme (local_authority_id, status);

-- One mark of a theme on one case. A mark made by the family counts at once (CONSENTED); a mark
-- made by staff WAITS until the family agrees or refuses; the family may withdraw later.
create table theme_mark (
    id              uuid primary key,
    theme_id        uuid not null references theme (id),
    case_id         uuid not null,
    kind            text not null check (kind in ('DISAGREEMENT', 'CONTRIBUTION', 'CONFIDENCE_WORDS', 'OTHER')),
    source_id       uuid,
    note            text not null default '',
    marked_by       uuid not null,
    by_family       boolean not null,
    status          text not null check (status in ('WAITING', 'CONSENTED', 'REFUSED', 'WITHDRAWN')),
    answered_by     uuid,
    answer_reason   text,
    answered_at     timestamptz,
    created_at      timestamptz not null,
    version         integer not null default 0
);
create index theme_mark_theme on theme_mark (theme_id, status);
create index theme_mark_case on theme_mark (case_id);
