-- The local offer: the area's SEND services, in tables shaped on the Open Referral UK data standard
-- (HSDS 3.0 UK profile): organization, service, location, service_at_location, and each service's
-- taxonomy term as its category. Ids are the ones in the imported file, so importing the same file
-- again updates the same rows. la_id says whose directory a row belongs to.
create table oruk_organization (
    id          uuid primary key,
    la_id       uuid not null references organisation (id),
    name        text not null,
    description text not null,
    email       text,
    website     text
);

create table oruk_service (
    id                      uuid primary key,
    la_id                   uuid not null references organisation (id),
    organization_id         uuid references oruk_organization (id),
    name                    text not null,
    description             text not null default '',
    url                     text not null,
    email                   text,
    status                  text not null,
    fees                    text,
    eligibility_description text,
    minimum_age             numeric,
    maximum_age             numeric,
    phone_id                uuid,
    phone                   text,
    category_term_id        uuid,
    category                text,
    category_name           text,
    assured_date            text,
    last_modified           timestamptz,
    imported_at             timestamptz not null,
    version                 integer not null default 0
);
create index oruk_service_la on oruk_service (la_id, lower(name));

create table oruk_location (
    id          uuid primary key,
    la_id       uuid not null references organisation (id),
    name        text,
    address_id  uuid,
    address_1   text,
    city        text,
    postal_code text
);

create table oruk_service_at_location (
    id          uuid primary key,
    service_id  uuid not null references oruk_service (id),
    location_id uuid not null references oruk_location (id)
);
create index oruk_service_at_location_service on oruk_service_at_location (service_id);

-- A forum member's review of one service's page: four criteria, each YES, PARTLY or NO, a reason
-- when any is NO, and the authority's answer. Kept when the service is imported again.
create table local_offer_review (
    id               uuid primary key,
    service_id       uuid not null references oruk_service (id),
    la_id            uuid not null references organisation (id),
    forum_id         uuid not null references organisation (id),
    person_id        uuid not null references person (id),
    clear            text not null check (clear in ('YES', 'PARTLY', 'NO')),
    accurate         text not null check (accurate in ('YES', 'PARTLY', 'NO')),
    accessible       text not null check (accessible in ('YES', 'PARTLY', 'NO')),
    useful           text not null check (useful in ('YES', 'PARTLY', 'NO')),
    why_not          text,
    comment          text,
    rung             text not null,
    reviewed_at      timestamptz not null,
    answer           text,
    page_changed     boolean,
    answered_at      timestamptz,
    answered_by_name text,
    version          integer not null default 0,
    check (answer is null or answered_at is not null)
);
create index local_offer_review_service on local_offer_review (service_id, reviewed_at);
create index local_offer_review_waiting on local_offer_review (la_id, reviewed_at) where answer is null;
create index local_offer_review_person on local_offer_review (person_id, service_id);
