-- Requests for an EHC needs assessment sent online by a parent, a young person or a SENCO, and
-- the files sent with them. A request that arrives while the child's case already has one being
-- considered is kept and linked to that case (linked_to_existing), and starts no second clock.
create table assessment_request (
    id                  uuid primary key,
    case_id             uuid not null,
    local_authority_id  uuid not null,
    sent_by             uuid not null,
    sent_by_name        text not null,
    sent_as             text not null,           -- PARENT, YOUNG_PERSON or SCHOOL
    sent_at             timestamptz not null,
    received_on         date not null,           -- the day it counts as received (working-day rule)
    decision_due        date,                    -- null when linked to a request already being considered
    linked_to_existing  boolean not null,
    status              text not null,           -- NEW, OPENED
    child_given_name    text not null,
    child_family_name   text not null,
    child_date_of_birth date not null,
    setting             text not null,
    tried               text not null,
    reasons             text not null,
    share_with          text not null,
    consent_by          text,                    -- SENCO route: who in the family agreed
    consent_how         text,
    consent_on          date,
    opened_by           uuid,
    opened_at           timestamptz
);

create index assessment_request_inbox on assessment_request (local_authority_id, sent_at desc);
create index assessment_request_case on assessment_request (case_id);

create table assessment_request_file (
    id          uuid primary key,
    request_id  uuid not null references assessment_request (id),
    file_name   text not null,
    media_type  text not null,
    size_bytes  integer not null,
    content     bytea not null
);

-- The independent support services of each authority (its SENDIASS, an advocacy service): the
-- services whose staff see referrals. An organisation of kind SERVICE is marked as one here.
create table support_service (
    organisation_id    uuid primary key,
    local_authority_id uuid not null,
    support            text not null              -- SENDIASS or ADVOCATE
);

-- A family's request for independent support, with their consent to share their contact details
-- and a summary of the case. The adviser who accepts it joins the team only when the family agrees.
create table support_referral (
    id              uuid primary key,
    case_id         uuid not null,
    service_id      uuid not null,
    support         text not null,
    asked_by        uuid not null,
    asked_by_name   text not null,
    asked_at        timestamptz not null,
    contact         text not null,              -- how the family would like to be contacted
    help            text not null,              -- what they would like help with, in their words
    child_known_as  text not null,              -- the case summary shared with their consent
    stage           text not null,
    setting_name    text,
    status          text not null,                -- WAITING, ACCEPTED, JOINED, DECLINED
    adviser_id      uuid,
    adviser_name    text,
    accepted_at     timestamptz,
    answered_at     timestamptz,
    version         integer not null default 0
);

create index support_referral_service on support_referral (service_id, asked_at desc);
create index support_referral_case on support_referral (case_id);
