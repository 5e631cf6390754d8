-- Reaching people by the channel they chose (docs/channels.md, ADR 0035).

-- The contact details a family member gives for the channels they chose: a phone number for text
-- messages and phone calls, a postal address for letters. Saved with the rest of their choices.
alter table participation_choice
    add column phone         text,
    add column address_lines text[],
    add column postcode      text;

-- Every text message, letter and phone call Coplan owes someone, kept until it has gone: saved
-- here first, then sent by whichever node claims it (for update skip locked), tried again after a
-- failure, and marked FAILED after the last try so the case's lead sees it. Nothing is dropped.
-- The subject and body are the words sent; they never name the child.
create table outbound_message (
    id                  uuid primary key,
    case_id             uuid,
    local_authority_id  uuid,
    recipient_name      text not null,
    channel             text not null check (channel in ('TEXT', 'LETTER', 'PHONE')),
    phone               text,
    address_lines       text[],
    subject             text not null,
    body                text not null,
    status              text not null check (status in ('QUEUED', 'SENT', 'FAILED', 'DEALT_WITH', 'TO_PRINT', 'POSTED',
                                                        'CALL_OPEN', 'CALL_DONE')),
    attempts            integer not null default 0,
    next_try_at         timestamptz,
    last_error          text,
    assignee_id         uuid,
    note                text,
    notify_id           text,
    created_at          timestamptz not null,
    updated_at          timestamptz not null
);

create index outbound_message_due on outbound_message (next_try_at) where status = 'QUEUED';
create index outbound_message_case on outbound_message (case_id, status);
create index outbound_message_to_print on outbound_message (local_authority_id, created_at) where status = 'TO_PRINT';
create index outbound_message_calls on outbound_message (assignee_id, created_at) where status = 'CALL_OPEN';

-- Whether a local authority's letters go through GOV.UK Notify's letter service or wait on its
-- "Letters to post" page for its staff to print. No row: coplan.notify.letters-through-notify.
create table letter_setting (
    local_authority_id  uuid primary key,
    through_notify      boolean not null,
    changed_by          text not null,
    changed_at          timestamptz not null
);
