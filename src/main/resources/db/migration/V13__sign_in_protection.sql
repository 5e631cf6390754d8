-- Sign-in protection (issue 11): wrong passwords are counted per typed email and per source
-- address, so locking does not depend on whether an account exists and one address cannot try
-- many accounts. The email is stored only as a hash: typed text may be a mistyped password.
create table sign_in_failure (
    id              bigserial primary key,
    email_hash      text not null,
    source_address  text not null,
    occurred_at     timestamptz not null
);
create index sign_in_failure_email on sign_in_failure (email_hash, occurred_at);
create index sign_in_failure_source on sign_in_failure (source_address, occurred_at);
create index sign_in_failure_age on sign_in_failure (occurred_at);

-- Reset emails are limited per account per hour; links for a new account's first password are not counted.
alter table password_reset add column kind text not null default 'RESET' check (kind in ('RESET', 'SET_UP'));
create index password_reset_person_created on password_reset (person_id, created_at);

-- Account events (no case) are read per person for the administrators' "Sign-in and account events" page.
create index audit_event_account on audit_event (actor_id, occurred_at desc) where case_id is null;
