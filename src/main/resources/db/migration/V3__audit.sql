-- audit: append-only. The application can insert and read; updates, deletes and truncation fail.
create table audit_event (
    id            bigserial primary key,
    occurred_at   timestamptz not null,
    actor_id      uuid,
    actor_name    text not null,
    actor_role    text not null,
    case_id       uuid,
    action        text not null check (action in ('VIEWED', 'CHANGED', 'EXPORTED', 'SHARED', 'MESSAGE_SENT', 'SIGNED_IN')),
    subject       text not null,
    detail        text
);
create index audit_event_case on audit_event (case_id, occurred_at desc);

create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only: % is not allowed', tg_op;
end;
$$;
create trigger audit_event_no_update_or_delete before update or delete on audit_event
    for each row execute function audit_event_is_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_is_append_only();
