-- meetings: a school's "you said, we did", reviewed and published by its SENCO.

-- The statements a SENCO writes for a school year ("You said ... / We did ..."). A statement is
-- never edited: it is written, and may be withdrawn before or after a publication; a publication
-- keeps its own copy.
create table school_statement (
    id                 uuid primary key,
    seq                bigint generated always as identity,
    school_id          uuid not null,
    school_year        integer not null,
    you_said           text not null check (you_said <> ''),
    we_did             text not null check (we_did <> ''),
    written_by         uuid not null,
    written_by_name    text not null,
    written_at         timestamptz not null,
    withdrawn_at       timestamptz,
    withdrawn_by_name  text
);
create index school_statement_year on school_statement (school_id, school_year, seq);

-- Each publication: the figures and the statements as they were published, never changed.
-- smallest_shown: counts from 1 to smallest_shown - 1 are shown as "fewer than smallest_shown".
create table school_publication (
    id                 uuid primary key,
    seq                bigint generated always as identity,
    school_id          uuid not null,
    school_year        integer not null,
    smallest_shown     integer not null,
    published_by       uuid not null,
    published_by_name  text not null,
    published_at       timestamptz not null
);
create index school_publication_school on school_publication (school_id, seq desc);

create table school_publication_figure (
    publication_id  uuid not null references school_publication (id),
    figure          text not null,
    value           integer not null check (value >= 0),
    primary key (publication_id, figure)
);

create table school_publication_statement (
    publication_id  uuid not null references school_publication (id),
    position        integer not null,
    you_said        text not null,
    we_did          text not null,
    primary key (publication_id, position)
);
