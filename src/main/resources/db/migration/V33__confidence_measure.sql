-- The family confidence measure: offers of the short survey, and the answers given.
create table confidence_offer (
    id            uuid primary key,
    case_id       uuid not null,
    person_id     uuid not null,
    easy_read     boolean not null,
    moment        varchar(40) not null,
    moment_key    varchar(120) not null,
    token_hash    varchar(64) not null,
    offered_at    timestamptz not null,
    expires_at    timestamptz not null,
    answered_at   timestamptz,
    skipped_at    timestamptz
);
create unique index confidence_offer_token on confidence_offer (token_hash);
-- each moment is offered once to each person
create unique index confidence_offer_once on confidence_offer (person_id, case_id, moment_key);
-- the period check and the person's own open offers
create index confidence_offer_person on confidence_offer (person_id, offered_at desc);

-- One row per survey answered. The statements are 1 (strongly agree) to 5 (strongly disagree), 0 for
-- "don't know". Staff never read a row: figures are drawn over at least a setting's number of people.
create table confidence_answer (
    id            uuid primary key,
    offer_id      uuid not null references confidence_offer (id),
    case_id       uuid not null,
    easy_read     boolean not null,
    moment        varchar(40) not null,
    answered_at   timestamptz not null,
    informed      smallint not null check (informed between 0 and 5),
    contact       smallint not null check (contact between 0 and 5),
    honest        smallint not null check (honest between 0 and 5),
    listened      smallint not null check (listened between 0 and 5),
    clear         smallint not null check (clear between 0 and 5),
    more_confident varchar(2000),
    may_share     boolean not null default false
);
create unique index confidence_answer_once on confidence_answer (offer_id);
create index confidence_answer_case on confidence_answer (case_id, answered_at);
create index confidence_answer_when on confidence_answer (answered_at);

-- The once-a-term offer at SEN support: the node that inserts the term's row makes that term's offers.
create table confidence_term_run (
    term        varchar(20) primary key,
    claimed_at  timestamptz not null
);
