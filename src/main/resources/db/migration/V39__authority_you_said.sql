-- measures: the local authority's "you said, we did", written and published by its SEN manager.

-- The statements an SEN manager writes for the whole area ("You said ... / We did ..."). A statement
-- can be changed: each change raises version by one, and a change based on an older version is
-- refused, so two managers editing at once never overwrite each other. It can be withdrawn.
create table authority_statement (
    id                 uuid primary key,
    seq                bigint generated always as identity,
    local_authority_id uuid not null,
    version            integer not null default 1,
    you_said           text not null check (you_said <> ''),
    we_did             text not null check (we_did <> ''),
    written_by         uuid not null,
    written_by_name    text not null,
    written_at         timestamptz not null,
    changed_by_name    text,
    changed_at         timestamptz,
    withdrawn_at       timestamptz,
    withdrawn_by_name  text
);
create index authority_statement_la on authority_statement (local_authority_id, seq);

-- Each snapshot: published once, never changed. Figures are stored as they were shown: a hidden
-- figure keeps no numbers at all, so nothing small is ever stored in what the public reads.
create table authority_snapshot (
    id                 uuid primary key,
    seq                bigint generated always as identity,
    local_authority_id uuid not null,
    term               varchar(20) not null,
    smallest_shown     integer not null,
    published_by       uuid not null,
    published_by_name  text not null,
    published_at       timestamptz not null,
    -- its address: /you-said-we-did/authority/{la}/{published_on}, with -{day_number} after the first of a day
    published_on       date not null,
    day_number         integer not null,
    unique (local_authority_id, published_on, day_number)
);
create index authority_snapshot_la on authority_snapshot (local_authority_id, seq desc);

create table authority_snapshot_figure (
    snapshot_id   uuid not null references authority_snapshot (id),
    position      integer not null,
    group_key     text not null,
    figure_key    text not null,
    measure       varchar(20) not null,
    numerator     bigint,
    denominator   bigint,
    people        integer,
    hidden        boolean not null,
    check (hidden = (numerator is null)),
    primary key (snapshot_id, position)
);

create table authority_snapshot_statement (
    snapshot_id   uuid not null references authority_snapshot (id),
    position      integer not null,
    you_said      text not null,
    we_did        text not null,
    primary key (snapshot_id, position)
);
