-- Polls and consultations of a parent carer forum. A poll is a consultation with one part and one
-- question. DRAFT until an officer opens it; then open until closes_at (worked out from the clock, so no
-- job flips it) or until an officer closes it early (closed_early_at).
create table poll (
    id                  uuid primary key,
    forum_id            uuid not null references organisation (id),
    consultation        boolean not null,
    title               text not null,
    introduction        text not null default '',
    audience_topic      text,
    closes_at           timestamptz not null,
    anonymous           boolean not null,
    results_hidden      boolean not null,
    rung                text not null,
    status              text not null check (status in ('DRAFT', 'OPEN')),
    created_by_name     text not null,
    created_at          timestamptz not null,
    opened_at           timestamptz,
    opened_by_name      text,
    closed_early_at     timestamptz,
    closed_early_by     text,
    outcome_decided     text,
    outcome_decided_by  text,
    outcome_review_on   date,
    outcome_recorded_at timestamptz,
    outcome_recorded_by text,
    review_told_at      timestamptz,
    version             integer not null default 0,
    check (status = 'OPEN' or closed_early_at is null),
    check (outcome_recorded_at is null or (coalesce(outcome_decided, '') <> '' and coalesce(outcome_decided_by, '') <> ''
        and outcome_review_on is not null))
);
create index poll_forum on poll (forum_id, status, closes_at);

-- A part: its own text (the document read before answering; empty for a plain poll) and 1 to 5 questions.
create table poll_part (
    id       uuid primary key,
    poll_id  uuid not null references poll (id) on delete cascade,
    position integer not null,
    document text not null default '',
    unique (poll_id, position)
);

create table poll_question (
    id         uuid primary key,
    part_id    uuid not null references poll_part (id) on delete cascade,
    position   integer not null,
    question   text not null,
    kind       text not null check (kind in ('SINGLE', 'MULTIPLE', 'SCALE', 'FREE_TEXT')),
    options    text[] not null default '{}',
    low_label  text,
    high_label text,
    unique (part_id, position)
);

-- Who answered: to refuse a second answer and to remind only those who have not. For an anonymous
-- poll nothing links this row to the answers (poll_response.person_id is null and has no time).
create table poll_respondent (
    poll_id     uuid not null references poll (id) on delete cascade,
    person_id   uuid not null references person (id),
    answered_at timestamptz not null,
    primary key (poll_id, person_id)
);

-- What was answered: one response per person, its answers per question. person_id and answered_at
-- are null when the poll is anonymous.
create table poll_response (
    id          uuid primary key,
    poll_id     uuid not null references poll (id) on delete cascade,
    person_id   uuid references person (id),
    answered_at timestamptz
);
create index poll_response_poll on poll_response (poll_id);

create table poll_answer (
    response_id uuid not null references poll_response (id) on delete cascade,
    question_id uuid not null references poll_question (id) on delete cascade,
    choices     integer[] not null default '{}',
    free_text   text,
    primary key (response_id, question_id)
);
create index poll_answer_question on poll_answer (question_id);

-- Each reminder sent: a member is reminded of a poll at most once, by the job or by an officer.
create table poll_reminder (
    poll_id   uuid not null references poll (id) on delete cascade,
    person_id uuid not null references person (id),
    sent_at   timestamptz not null,
    sent_by   text not null,
    primary key (poll_id, person_id)
);
